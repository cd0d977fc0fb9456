"""A run of flush-left ``Words: value`` lines, half of whose keys or more name counts or sizes
(COUNTED_SETTINGS: ``Swarm size: 30``, ``Number dimensions: 5``), is the run's setup: its
other numbers are settings too, none a metric."""

from __future__ import annotations

from tests.metric_reading import read, read_with_params

LOG = ("round 1 loss 0.93\n"
       "round 2 loss 0.71\n"
       "\n"
       "Swarm size: 30\n"
       "Number dimensions: 5\n"
       "Inertia weight: 0.7\n"
       "Max restarts: 4\n"
       "\n"
       "Final loss: 0.6512\n")


def test_the_setup_run_gives_no_metric():
    points = read(LOG)
    assert "Inertia weight" not in points
    assert "Swarm size" not in points


def test_its_entries_are_recorded_as_params():
    params = dict(read_with_params(LOG)[1])
    assert params.get("Inertia weight") == "0.7"


def test_a_run_of_results_beside_one_count_stays_read():
    points = read("Trials: 12\nMean score: 0.81\nScore spread: 0.05\nMargin: 0.2\n")
    assert "Margin" in points
