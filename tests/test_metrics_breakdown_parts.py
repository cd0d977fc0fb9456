"""BREAKDOWN_PARTS: a measured amount broken down into parts in parentheses after its value keeps
every part, a count or size word in a part's name notwithstanding; a lone aside, whole numbers
or a whole that is itself a count keep NOT_METRIC_WORDS' reading. Checked on invented lines."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values


def test_the_parts_of_a_timed_step_are_kept_whatever_they_name():
    got = values("Timing [s]: total=1.92, update=0.734 (batch-size=0.21, gradient=0.52).\n")
    assert got["batch-size"] == [0.21]
    assert got["gradient"] == [0.52]
    assert got["update"] == [0.734]


def test_a_lone_aside_or_whole_numbers_stay_counts_and_sizes():
    assert "batch_size" not in values("loss=0.48 (batch_size=0.5)\n")
    got = values("loss=0.48 (batch_size=32, n_samples=1000)\n")
    assert "batch_size" not in got and "n_samples" not in got


def test_parts_of_a_whole_left_out_are_left_out_too():
    assert rules.is_breakdown_part("batch_size", "update=0.5 (batch_size=0.25, rest=0.25)")
    assert not rules.is_breakdown_part("batch_size", "vocab_size=0.5 (batch_size=0.25, rest=0.25)")
    assert not rules.is_breakdown_part("batch_size", "wall_time=0.5 (batch_size=0.25, rest=0.25)")


def test_bounds_beside_a_value_are_no_parts_of_it():
    got = values("step: 3 lr=0.001 (min_lr=0.00001, max_lr=0.01)\n")
    assert "min_lr" not in got and "max_lr" not in got
    assert got["lr"] == [0.001]
