"""UNIT_CELLS: a benchmark's table of cases whose cells carry their units a space apart, under
names and a rule (Google Benchmark's console output): ``<case>/<column>``, units dropped, the
count column none; without the rule, or with an edge through a word, it is no such table."""

from __future__ import annotations

from expctl.metrics.unit_cells import UnitCells, row_cells
from tests.metric_reading import values

_RULE = "-" * 62
_TABLE = (
    "Run on (2 X 2400 MHz CPU s)\n"
    f"{_RULE}\n"
    "Benchmark                    Time             CPU   Iterations\n"
    f"{_RULE}\n"
    "BM_Hash/64                 41.2 ns         41.1 ns     17012344\n"
    "BM_Hash/4096               2311 ns         2309 ns       302911\n"
    "BM_Parse                   1.93 us         1.93 us       362204\n"
)


def test_each_cell_is_named_by_its_case_and_column():
    got = values(_TABLE)
    assert got["BM_Hash/64/Time"] == [41.2]
    assert got["BM_Hash/64/CPU"] == [41.1]
    assert got["BM_Hash/4096/Time"] == [2311.0]
    assert got["BM_Parse/CPU"] == [1.93]


def test_the_units_and_the_count_of_iterations_give_no_series():
    got = values(_TABLE)
    assert not [name for name in got if name.endswith(("ns", "us", "Iterations")) or name == "ns"]


def test_without_a_rule_under_the_names_it_is_no_such_table():
    rows = _TABLE.splitlines()
    above = [rows[2]]  # the names, no rule under them
    assert UnitCells().read(rows[4], lambda k: above) is None


def test_an_edge_through_a_word_of_the_names_makes_no_such_table():
    rows = _TABLE.splitlines()
    names = rows[2].replace("Time   ", "   Time")  # no longer set right over its cells
    assert UnitCells().read(rows[4], lambda k: [rows[1], names, rows[3]]) is None


def test_a_row_needs_a_unit_in_a_cell_and_two_cells():
    assert row_cells("BM_Hash/64     41.2 ns     41.1 ns     17012344") is not None
    assert row_cells("BM_Hash/64     41.2     41.1     17012344") is None  # no unit
    assert row_cells("BM_Hash/64     41.2 ns") is None  # one cell
    assert row_cells("step: 1 loss: 0.5 acc: 0.9") is None
