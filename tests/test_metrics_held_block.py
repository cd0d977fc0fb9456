"""HELD_BLOCK: held ``key = value`` lines in one aligned block with the first result are
results, on invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params
from expctl.metrics.held_blocks import held_block

_BLOCK = ("Doing analysis at TEMP = 27.0\n"
          "\n"
          "tfall               =  3.125000e-04 targ=  4.000000e-04\n"
          "t20                 =  8.750000e-05\n"
          "iavg                =  2.500000e-01 from=  0.000000e+00 to=  1.000000e-03\n")


def test_held_lines_of_the_results_block_are_results():
    got, params = read_with_params(_BLOCK)
    assert got["tfall"] == [(0.0, 3.125e-04)] and got["t20"] == [(0.0, 8.75e-05)]
    assert got["iavg"] == [(0.0, 0.25)]
    assert "t20" not in {name for name, _ in params}


def test_a_blank_line_between_ends_the_block():
    assert not held_block(["seed   = 3", "depth  = 4", ""], "iavg   =  0.25", ["seed", "depth"])
    assert not held_block(["seed   = 3", "", "depth  = 4"], "iavg   =  0.25", ["seed", "depth"])


def test_another_column_is_another_block():
    above = ["seed   = 3", "depth  = 4"]
    assert not held_block(above, "iavg                =  0.25", ["seed", "depth"])
    assert held_block(above, "iavg   =  0.25", ["seed", "depth"])
