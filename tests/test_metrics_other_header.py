"""OTHER_HEADER (headers): the rows of a table of numbers one space apart go on past other
lines, but not past another table's header, even one the reader cannot read. Invented
lines. A line of prose between such rows does not end the table: the held-out fixture cma
(a notice printed among its rows) checks that."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str) -> dict[str, list[tuple[float, float]]]:
    return read_with_params(data, 4096)[0]


CRITERIA = ("Fit criteria:\n"
            "\n"
            "     Fit      Gap   margin criteria n.groups \n"
            "   311.7    298.4    -45.3    290.8       40 \n"
            "\n")
SPREAD = ("Residual spread:\n"
          "    Low      1Q  Middle      3Q    High \n"
          "-1.9021 -0.6120 -0.1033  0.4410  2.2100 \n")


def test_numbers_under_another_header_are_not_rows_of_the_table_above():
    assert read(CRITERIA) == {"Fit": [(0.0, 311.7)], "Gap": [(0.0, 298.4)],
                              "margin": [(0.0, -45.3)], "criteria": [(0.0, 290.8)]}
    # the spread's header is one the reader cannot read ("1Q"): its row gives nothing, and
    # nothing under the criteria's names
    assert read(CRITERIA + SPREAD) == read(CRITERIA)
