"""HELD_BLOCK on a set-in block whose names are words, the longest padded by one space (a fit
report's statistics), on invented lines; and what still ends such a block."""

from __future__ import annotations

from expctl.metrics.held_blocks import held_block
from tests.metric_reading import read_with_params

_REPORT = ("[[Fit Statistics]]\n"
           "    # iterations     = 17\n"
           "    residual         = 2.71828182\n"
           "    scaled residual  = 0.01359141\n"
           "    log likelihood   = -88.4210\n")


def test_a_held_line_of_a_set_in_block_of_results_is_a_result():
    got, params = read_with_params(_REPORT)
    assert got["residual"] == [(0.0, 2.71828182)]
    assert got["scaled residual"] == [(0.0, 0.01359141)]
    assert "residual" not in {name for name, _ in params}


def test_the_longest_name_may_be_padded_by_one_space():
    above = ["    residual        = 2.7"]
    assert held_block(above, "    scaled residual = 0.01", ["residual"])
    assert above[0].index("=") == len("    scaled residual ")  # one space before its "="


def test_one_space_everywhere_is_no_alignment():
    assert not held_block(["    abc = 2.7"], "    xyz = 0.01", ["abc"])


def test_a_line_set_in_otherwise_is_another_block():
    above = ["    residual         = 2.7"]
    assert not held_block(above, "  scaled residual    = 0.01", ["residual"])
    assert not held_block(above, "scaled residual      = 0.01", ["residual"])
