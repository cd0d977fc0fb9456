"""INTERVAL_CELLS: a table row whose last cell is an estimate with its interval in
parentheses names each number by its row and its column; the bounds are no values. Checked
on invented tables, with a look-alike."""

from __future__ import annotations

from tests.metric_reading import values


def test_each_cell_of_a_row_ending_in_an_estimate_with_its_interval_is_row_and_column():
    got = values("              Cases +    Cases -      Total                 Rate *\n"
                 "Smokers +          31         69        100   31.00 (22.1 to 41.0)\n"
                 "Smokers -          12         88        100    12.00 (6.36, 20.02)\n")
    assert got["Smokers +/Rate *"] == [31.0]
    assert got["Smokers -/Rate *"] == [12.0]
    assert got["Smokers +/Cases -"] == [69.0]
    assert not any(22.1 in v or 41.0 in v for v in got.values())


def test_a_header_whose_names_end_elsewhere_names_no_cell():
    got = values("   Cases +    Cases -      Total                 Rate *\n"
                 "Smokers +          31         69        100   31.00 (22.1 to 41.0)\n")
    assert "Smokers +/Rate *" not in got
