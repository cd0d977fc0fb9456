"""TRAILING_LABEL: a symbol printed after a row's cells, under no column, is no cell of it; on
invented rows."""

from __future__ import annotations

from expctl.metrics import grammar, scan
from tests.metric_reading import read

_TABLE = ("parameter   mean           sddev          limit1\n"
          "alpha       3.0465874E-01  1.0094244E+00  two     \\alpha\n"
          "beta        1.2246520E+00  1.4077611E+00  two     beta\n")


def test_a_latex_symbol_after_the_cells_is_a_candidate_line():
    line = _TABLE.splitlines()[1]
    assert grammar.may_hold_metrics(line)
    assert scan.may_hold(line)


def test_a_row_closed_by_its_symbol_is_read_under_its_header():
    got = read(_TABLE)
    assert got["alpha/mean"] == [(0.0, 0.30465874)]
    assert got["beta/sddev"] == [(0.0, 1.4077611)]
    assert not any(name.endswith("limit1") for name in got)


def test_a_backslash_glued_to_a_number_is_no_symbol():
    assert not grammar.may_hold_metrics("path C:\\temp\\run")


def test_another_word_after_the_cells_is_no_label():
    got = read(_TABLE.replace("\\alpha", "gamma").replace("two     beta", "two     delta"))
    assert "alpha/mean" not in got and "beta/sddev" not in got
