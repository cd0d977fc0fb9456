"""UNITS_LINE: rows of a case and numbers under a header of names and a line of units set under
them, the columns parted by the numbers' right edges; a shared log tag is no part of the table."""

from __future__ import annotations

from expctl.metrics.unit_headers import UnitsRows, number_edges
from tests.metric_reading import read_with_params, values

_TABLE = (
    "case        calls wall time  cpu time     calls/s   peak mem\n"
    "                     (secs)    (secs)  (wall time)  (KB)\n"
    "hash          5120      1.50      1.42     3413.33      2048\n"
    "sort typed     980      1.51      1.49      649.01      4096\n"
)


def test_each_column_is_named_by_its_header_and_the_words_under_it():
    got = values(_TABLE)
    assert got["hash/calls/s wall time"] == [3413.33]
    assert got["sort typed/calls/s wall time"] == [649.01]
    assert got["hash/wall time"] == [1.5] and got["sort typed/cpu time"] == [1.49]
    assert got["hash/calls"] == [5120.0] and got["hash/peak mem"] == [2048.0]


def test_a_unit_alone_in_brackets_is_no_part_of_a_name():
    assert not [name for name in values(_TABLE) if "secs" in name or "KB" in name]


def test_a_log_tag_on_every_line_is_no_part_of_the_table():
    tagged = "".join(f"bench-tool: report: [4411] {line}\n" for line in _TABLE.splitlines())
    got, params = read_with_params("bench-tool: info:  [4411] dispatching 2 cases\n" + tagged)
    assert sorted(got) == sorted(values(_TABLE))
    assert params == []


def test_an_edge_through_a_word_makes_no_such_table():
    shifted = _TABLE.replace("case        calls wall time", "case         calls wall time")
    rows = UnitsRows()
    lines = shifted.splitlines()
    assert rows.read(lines[2], lambda k: lines[:2]) is None


def test_a_units_line_with_numbers_or_no_brackets_makes_no_such_table():
    lines = _TABLE.splitlines()
    for units in ("                     secs      secs", "                     (secs)    (2 s)"):
        assert UnitsRows().read(lines[2], lambda k, units=units: [lines[0], units]) is None


def test_the_edges_are_those_of_a_closing_run_of_numbers():
    assert number_edges("cpu    1114   2.00") == (11, 18)
    assert number_edges("cpu    1114") is None  # one number: no run of columns
    assert number_edges("1114   2.00") is None  # no label
