"""ZERO_ROW_NAMES (right_aligned): an R table whose rows are labelled from 0, one space apart,
is a table of things named 0, 1 (a factor's levels), not of numbered rows; a pandas frame,
numbered from 0 with two spaces after its index, stays a table of steps."""

from __future__ import annotations

from tests.metric_reading import read, values


def test_rows_labelled_from_zero_one_space_apart_are_named():
    text = ("Group means:\n"
            "       age     bmi      sbp\n"
            "0 41.20833 24.1125 128.4167\n"
            "1 55.61538 28.9000 141.0769\n")
    got = values(text)
    assert got["0/age"] == [41.20833]
    assert got["1/sbp"] == [141.0769]
    assert "age" not in got


def test_rows_numbered_from_one_stay_steps():
    text = ("  epoch      loss     acc\n"
            "1    10 0.3155722 0.90625\n"
            "2    20 0.2479204 0.93750\n")
    assert read(text)["loss"] == [(10.0, 0.3155722), (20.0, 0.2479204)]


def test_a_pandas_frame_from_zero_stays_steps():
    text = ("   train_loss  val_loss\n"
            "0    0.549914  0.557958\n"
            "1    0.485137  0.498732\n")
    got = values(text)
    assert got["train_loss"] == [0.549914, 0.485137]
    assert not any(name.startswith("0/") for name in got)
