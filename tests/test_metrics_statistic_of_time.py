"""STATISTIC_TIME for a name of two words: a statistic and what it is of (``Mean latency: 4.5
ms``) is a measured time, a result; a time under other words stays bookkeeping."""

from __future__ import annotations

import pytest

from tests.metric_reading import read_with_params, values

_SUMMARY = (
    "Completed requests:  500\n"
    "Mean latency:        6.2 ms\n"
    "latency_p99:         19.0 ms\n"
    "Effective rps:       812\n"
)


def test_a_statistic_of_latency_with_its_unit_is_a_result():
    got = values(_SUMMARY)
    assert got["Mean latency"] == [6.2]
    assert got["latency_p99"] == [19.0]


def test_such_a_line_before_other_results_is_no_setting():
    _, params = read_with_params(_SUMMARY)
    assert not [name for name, _ in params if "latency" in name]


@pytest.mark.parametrize("line", [
    "the latency: 4 ms\n",  # a word that is no statistic before it
    "avg batch time: 0.3 s\n",  # three words: a run's bookkeeping
    "step time: 2 ms\n",
])
def test_a_time_under_other_names_is_bookkeeping(line):
    assert values("loss=0.5\n" + line) == {"loss": [0.5]}
