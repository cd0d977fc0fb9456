"""GROWN_CELL (`expctl.metrics.grown_cells`): in a row of an entity table, a text cell and the
number after it one space apart (R's right-aligned data frame) are two cells."""

from __future__ import annotations

from expctl.metrics.grown_cells import split_grown
from tests.metric_reading import read

R_FRAME = ("There were 4 predictors of which 4 had non-zero influence.\n"
           "   var    rel.inf\n"
           "x1  x1 48.0504444\n"
           "x2  x2 42.9438989\n"
           "x3  x3  8.1823413\n"
           "x4  x4  0.8233154\n"
           "done\n")


def test_every_row_of_an_r_frame_with_a_text_column_is_read():
    assert read(R_FRAME) == {"x1/rel.inf": [(0.0, 48.0504444)], "x2/rel.inf": [(0.0, 42.9438989)],
                             "x3/rel.inf": [(0.0, 8.1823413)], "x4/rel.inf": [(0.0, 0.8233154)]}


def test_only_one_word_and_one_number_are_cut():
    cells = ["x1", "x1 48.05", "mean acc 0.97", "0.5 0.6", "abc"]
    split_grown(cells, 1)
    assert cells == ["x1", "x1", "48.05", "mean acc 0.97", "0.5 0.6", "abc"]
    label = ["x1 48.05", "x2 1.0"]
    split_grown(label, 1)  # the label cell (before `start`) is never cut
    assert label == ["x1 48.05", "x2", "1.0"]
