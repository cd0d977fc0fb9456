"""TEXT_CELL_FRAME: a pandas frame counted 0, 1, 2 whose rows hold words, lists or dicts among
their numbers gives the columns that name a result or restate a reported series, at the row's
label; the settings tried and the data give nothing."""

from __future__ import annotations

from tests.metric_reading import read

_TRIALS = ("trial 0: branin = 24.1300\n"
           "trial 1: branin = 104.3654\n"
           "   trial_index arm_name trial_status generation_node      branin        x1\n"
           "0            0      0_0    COMPLETED           Sobol   24.129964  2.500000\n"
           "1            1      1_0    COMPLETED             MBM  104.365427  0.625830\n")

_GRID = ("                 lags           params  mean_absolute_error   alpha\n"
         "0  [1, 2, 3, 4, 5, 6]  {'alpha': 0.01}             0.432023    0.01\n"
         "1           [1, 2, 3]     {'alpha': 1}             0.576788    1.00\n")


def test_a_trials_frame_restates_the_reported_series_at_each_row():
    got = read(_TRIALS)
    assert got["branin"] == [(0.0, 24.13), (1.0, 104.3654), (0.0, 24.129964), (1.0, 104.365427)]
    assert "x1" not in got and "trial_index" not in got


def test_a_grid_s_result_column_is_read_and_its_settings_are_not():
    got = read(_GRID)
    assert got["mean_absolute_error"] == [(0.0, 0.432023), (1.0, 0.576788)]
    assert "alpha" not in got


def test_a_data_set_s_head_with_categories_gives_nothing():
    text = ("    sepal_length  sepal_width  species\n"
            "0           5.1          3.5   setosa\n"
            "1           4.9          3.0   setosa\n")
    assert read(text) == {}


def test_a_column_reported_once_above_is_no_series():
    text = _TRIALS.replace("trial 1: branin = 104.3654\n", "")
    assert [value for _, value in read(text).get("branin", [])] == [24.13]
