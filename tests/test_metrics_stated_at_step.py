"""VALUE_AT_STEP stated with ``is`` (``Validation loss is 0.42 at epoch 3.``), past a log
record's prefix, and ESTIMATE_HAT (``sigma2_hat: 0.05``: an estimate, no setting), on invented
lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_value_stated_with_is_takes_the_step_it_was_reached_at():
    text = ("INFO     [fit.py:88] Train deviance is -120.5 at iteration 1.\n"
            "INFO     [fit.py:97] Holdout RMSE is 0.812 at iteration 1.\n"
            "INFO     [fit.py:88] Train deviance is -131.25 at iteration 2.\n"
            "INFO     [fit.py:97] Holdout RMSE is 0.75 at iteration 2.\n")
    got = read(text)
    assert got["Train deviance"] == [(1.0, -120.5), (2.0, -131.25)]
    assert got["Holdout RMSE"] == [(1.0, 0.812), (2.0, 0.75)]


def test_a_whole_number_stated_with_is_is_no_value():
    assert read("Checkpoints kept is 3 at epoch 5.\n") == {}


def test_an_estimate_printed_before_the_log_is_no_setting():
    text = ("sigma2_hat: 0.0512\n"
            "tau_hat: 1.204\n"
            "2024-02-01 10:00:00 INFO Epoch 1: loss=0.52\n"
            "2024-02-01 10:00:01 INFO Epoch 2: loss=0.48\n")
    got = read(text)
    assert got["sigma2_hat"] == [(0.0, 0.0512)]
    assert got["tau_hat"] == [(0.0, 1.204)]


def test_a_setting_printed_before_the_log_stays_a_setting():
    text = ("sigma2_init: 0.0512\n"
            "tau_prior: 1.204\n"
            "2024-02-01 10:00:00 INFO Epoch 1: loss=0.52\n"
            "2024-02-01 10:00:01 INFO Epoch 2: loss=0.48\n")
    got = read(text)
    assert "sigma2_init" not in got and "tau_prior" not in got
