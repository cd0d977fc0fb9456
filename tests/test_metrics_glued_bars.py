"""Bars glued inside names, in an aligned table (GLUED_BARS): ``|`` with no space beside it is
part of a label (a grouping term's ``|g``), not a column's bar; invented lines in the shape a
multilevel model's extra parameters are printed."""

from __future__ import annotations

from expctl.metrics.headers import bar_cells
from tests.metric_reading import values

EXTRA = ("                       Estimate \n"
         "Slope~~Slope|cluster      0.271 \n"
         "Residual~~Residual        0.988 \n"
         "ICC|cluster               0.215 \n")


def test_labels_with_glued_bars_are_read_as_rows():
    assert values(EXTRA) == {"Slope~~Slope|cluster/Estimate": [0.271],
                             "Residual~~Residual/Estimate": [0.988],
                             "ICC|cluster/Estimate": [0.215]}


def test_a_glued_bar_in_an_aligned_line_splits_no_cells():
    assert bar_cells("ICC|cluster               0.215 ") is None
    assert bar_cells("P(>|t|)   0.003  ") is None


def test_bars_beside_spaces_or_at_the_edges_still_split():
    assert bar_cells("| loss  | 0.5 |") == [" loss  ", " 0.5 "]
    assert bar_cells("epoch|loss|acc") == ["epoch", "loss", "acc"]  # no column gap: a delimiter
    assert bar_cells("|loss|0.5|") == ["loss", "0.5"]
