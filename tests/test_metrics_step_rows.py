"""Rows of numbers opened by a step prefix under a line of column names (STEP_ROWS), on invented
lines in the shape a resampling loop prints them."""

from __future__ import annotations

from tests.metric_reading import read

FOLDS = ("Measures:             err       f1        \n"
         "[Resample] iter 1:    0.0600000 0.9400000 \n"
         "[Resample] iter 2:    0.0800000 0.9200000 \n"
         "[Resample] iter 3:    0.0200000 0.9800000 \n")


def test_each_number_is_its_column_at_the_rows_step():
    found = read(FOLDS)
    assert found["err"] == [(1.0, 0.06), (2.0, 0.08), (3.0, 0.02)]
    assert found["f1"][2] == (3.0, 0.98)


def test_right_aligned_names_over_an_epoch_row():
    text = ("           loss    acc\n"
            "Epoch 1:  0.512  0.811\n"
            "Epoch 2:  0.401  0.853\n")
    assert read(text)["acc"] == [(1.0, 0.811), (2.0, 0.853)]


def test_names_standing_elsewhere_are_no_header():
    shifted = ("Measures:   err       f1\n"
               "[Resample] iter 1:    0.0600000 0.9400000\n")
    assert "err" not in read(shifted)


def test_a_count_column_gives_nothing():
    text = ("            n_samples    acc\n"
            "[CV] iter 1:    120.0  0.930\n")
    found = read(text)
    assert "n_samples" not in found and found["acc"] == [(1.0, 0.93)]
