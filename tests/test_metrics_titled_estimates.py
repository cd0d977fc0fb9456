"""Estimates set in under the title that names them, each with its half-width
(TITLED_ESTIMATE), on invented lines in the shape a tool comparing two samples prints them."""

from __future__ import annotations

from tests.metric_reading import values


def test_an_estimate_and_its_relative_twin_under_a_title_with_a_level():
    text = "Shift at 90% confidence\n\t-0.3125 +/- 0.2207\n\t-4.118% +/- 2.91%\n"
    assert values(text) == {"Shift": [-0.3125], "Shift %": [-4.118]}


def test_a_title_with_an_interval_in_parentheses():
    assert values("Mean gain (95% CI)\n    2.75 ± 0.41\n") == {"Mean gain": [2.75]}


def test_a_sentence_over_the_estimate_names_nothing():
    assert values("No shift proven at 90% confidence\n\t0.3125 +/- 0.2207\n") == {}


def test_an_estimate_flush_left_or_far_from_its_title_is_left_alone():
    assert values("Shift at 90% confidence\n0.3125 +/- 0.2207\n") == {}
    assert values("Shift\nran 3 times\n\t0.3125 +/- 0.2207\n") == {}


def test_a_percentage_first_keeps_the_title_name():
    assert values("Relative shift\n\t4.118% +/- 2.91%\n") == {"Relative shift": [4.118]}
