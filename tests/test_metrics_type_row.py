"""TYPE_ROW: a database's or a data frame's result box prints each column's type on the line
under its name (DuckDB's ``varchar  double``); the type row types the columns and names none of
them. The boxes are written as DuckDB draws them, with names and numbers of our own."""

from __future__ import annotations

from tests.test_metrics_tables import read

BOX = """\
┌─────────┬───────┬────────────┬──────────┐
│  group  │   n   │ mean_score │  spread  │
│ varchar │ int64 │   double   │ {kind:^8} │
├─────────┼───────┼────────────┼──────────┤
│ alpha   │    12 │     0.8125 │   0.0431 │
│ beta    │    14 │     0.7750 │   0.0512 │
└─────────┴───────┴────────────┴──────────┘
"""


def test_a_type_row_under_the_names_is_no_part_of_them():
    found = read(BOX.format(kind="float"))
    assert found["alpha/mean_score"] == [(0.0, 0.8125)]
    assert found["beta/spread"] == [(0.0, 0.0512)]
    assert not any("double" in name or "float" in name for name in found)


def test_a_second_line_of_names_still_joins_the_first():
    # one cell is a name, not a type: the two lines are a wrapped header, read whole
    found = read(BOX.format(kind="sd"))
    assert "alpha/spread sd" in found
