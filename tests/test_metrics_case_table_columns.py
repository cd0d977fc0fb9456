"""CASE_TABLE: a benchmark's table of cases, two columns of it named by statistics, reads one
more column named some other way (a measure the reader does not know) as ``<case>/<name>``;
a second such column, or a single statistic, leaves the table to the other readers."""

from __future__ import annotations

from tests.metric_reading import values

BAR = "┌─────────┬──────────┬─────────┬───────────┬─────────┐\n"
SEP = "├─────────┼──────────┼─────────┼───────────┼─────────┤\n"
END = "└─────────┴──────────┴─────────┴───────────┴─────────┘\n"


def table(header: str) -> str:
    return (BAR + header + SEP
            + "│ 0       │ 'zogeda' │ 333011  │ 3002.9    │ 35      │\n"
            + "│ 1       │ 'kibu'   │ 120499  │ 8298.8    │ 11.47   │\n" + END)


def test_one_column_of_an_unknown_measure_is_read_beside_two_statistics():
    got = values(table("│ (index) │ name     │ ops/sec │ mean (ns) │ zeg (%) │\n"))
    assert got["zogeda/zeg"] == [35.0] and got["kibu/zeg"] == [11.47]
    assert got["kibu/ops/sec"] == [120499.0] and got["zogeda/mean"] == [3002.9]


def test_known_columns_read_as_before():
    got = values(table("│ (index) │ name     │ ops/sec │ mean (ns) │ rme (%) │\n"))
    assert got["zogeda/rme"] == [35.0] and got["kibu/mean"] == [8298.8]


def test_two_unknown_columns_are_no_case_table():
    got = values(table("│ (index) │ name     │ ops/sec │ zimo (ns) │ zeg (%) │\n"))
    assert "zogeda/zeg" not in got and "zogeda/zimo" not in got
