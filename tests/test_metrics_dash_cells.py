"""DASH_CELLS: a row whose last cells are empty cells of dashes is a candidate line, and is
read; a rule of dashes is none; on invented lines."""

from __future__ import annotations

from expctl.metrics import grammar, scan
from tests.metric_reading import read


def test_a_row_closed_by_dash_cells_is_a_candidate():
    for line in ("  7  0.25  1.5e-03  --  --", "12 0.5 -- -- --", "  3  0.125  ------   ---"):
        assert grammar.may_hold_metrics(line) and scan.may_hold(line), line


def test_dashes_alone_or_glued_are_no_candidate():
    for line in ("-----  -----  ---", "------", "total--  --", "note: see below --  --",
                 "0.5 " + "-- " * 9):
        assert not grammar.may_hold_metrics(line) and not scan.may_hold(line), line


def test_the_rows_of_a_trace_with_empty_last_cells_are_read():
    text = ("step     energy    gap  tries\n"
            "   1  0.8125000  0.250     --\n"
            "   2  0.6250000  0.125     --\n"
            "   3  0.5000000     --     --\n")
    got = read(text)
    assert got["energy"] == [(1.0, 0.8125), (2.0, 0.625), (3.0, 0.5)]
    assert got["gap"] == [(1.0, 0.25), (2.0, 0.125)]
