"""Rules written from the structure of the tenth half's output (issue 11: a progress count
before a comma, glued ``key:value`` runs, a list of (name, value) pairs, a label before values
with their units), each checked on invented lines: one that the rule reads, and a look-alike it
must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- COUNT_STEP: a progress count before a comma is the step, never a value ----------------------


def test_a_progress_count_before_a_comma_gives_the_step_only():
    text = "Round 1/30, score=0.52, took=1.5s\nRound 2/30, score=0.61, took=1.4s\n"
    assert read(text)[0] == {"score": [(1.0, 0.52), (2.0, 0.61)]}


def test_a_step_word_and_number_before_a_comma_stays_a_point():
    # The look-alike: no total, the counter is printed as a value of its own (Iteration = 3).
    assert read("Iteration 3, inertia = 41.5\n")[0] == {"Iteration": [(3.0, 3.0)],
                                                        "inertia": [(3.0, 41.5)]}
