"""ABBREVIATED_STEP for ``It.``: the shortest cut of the step word opens a solver's trace line."""

from __future__ import annotations

from expctl.metrics.prefixes import read_step_prefix
from tests.metric_reading import read


def test_it_with_a_stop_is_the_step_and_restarts_per_fit():
    text = "".join(f"It. {k:4d}, SSE = {9.0 / (k + 1):10.6g}, Par. = 1.0 2.0\n" for k in range(3))
    text += "\nsome summary\n\n"
    text += "".join(f"It. {k:4d}, SSE = {5.0 / (k + 1):10.6g}, Par. = 1.0 2.0\n" for k in range(2))
    steps = [step for step, _ in read(text)["SSE"]]
    assert steps == [0.0, 1.0, 2.0, 0.0, 1.0]


def test_other_separators_after_it():
    prefix = read_step_prefix("IT. 12: chi2 = 3.5")
    assert prefix is not None and prefix.value == "12"


def test_the_pronoun_is_no_step():
    assert read_step_prefix("It 3 times failed, loss = 0.5") is None
    assert read_step_prefix("It was 3, loss = 0.5") is None
    assert read_step_prefix("Itinerary 4: cost = 12.5") is None
