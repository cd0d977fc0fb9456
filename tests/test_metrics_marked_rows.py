"""MARKED_ROWS: a last column that marks a few rows with a word (``best``, ``chosen``) and is
blank on the rest is no column of row names: the marked rows stay rows of their table. A column
of text on every row still names its rows (TEXT_COLUMN). Invented summaries."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_marked_row_between_blank_ones_stays_a_step_of_the_table():
    got = values("Fits\n"
                 "  Fold    rmse      r2     Chosen\n"
                 "     1   0.4132   0.871         \n"
                 "     2   0.3977   0.884   chosen\n"
                 "     3   0.4210   0.866         \n")
    assert got["rmse"] == [0.4132, 0.3977, 0.421]
    assert not any(name.startswith("chosen") for name in got)


def test_marks_on_the_first_rows_are_marks_when_a_later_row_is_blank():
    got = values("Restarts\n"
                 "  Run    energy     drift   Note\n"
                 "    1   -12.408    0.0031   lowest\n"
                 "    2   -12.408    0.0029   equal\n"
                 "    3   -11.950    0.0044         \n")
    assert got["energy"] == [-12.408, -12.408, -11.95]
    assert not any(name.startswith(("lowest", "equal")) for name in got)


def test_a_word_on_every_row_still_names_the_rows():
    got = values("    calls    total  percall  function\n"
                 "      300    0.512   0.0017  forward\n"
                 "      300    0.904   0.0030  backward\n"
                 "      300    0.121   0.0004  step\n")
    assert got["forward/total"] == [0.512] and got["step/percall"] == [0.0004]
    assert "total" not in got
