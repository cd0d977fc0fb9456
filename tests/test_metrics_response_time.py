"""RESPONSE_TIME (vocabulary): the times a system's response takes are results, not clocks."""

from __future__ import annotations

from expctl.metrics.vocabulary import is_setup_name, is_time_column
from tests.metric_reading import values


def test_response_times_are_no_run_times():
    assert not is_setup_name("RiseTime") and not is_setup_name("settling time")
    assert not is_time_column("Peak_Time")
    assert is_setup_name("walltime") and is_time_column("time")


def test_a_step_responses_dict_keeps_its_times():
    got = values("{'RiseTime': 1.734, 'SettlingTime': 13.87, 'Overshoot': 32.5, 'wall_time': 0.2}\n")
    assert got["RiseTime"] == [1.734] and got["SettlingTime"] == [13.87]
    assert "wall_time" not in got
