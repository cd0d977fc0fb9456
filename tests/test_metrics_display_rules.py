"""Rules written from the structure of the seventh to ninth halves' output that was still misread
(a training display's speed beside its time, ...), each checked on invented lines: one that the
rule reads, and a look-alike it must leave alone."""

from __future__ import annotations

import pytest

from expctl.metrics import rules
from tests.metric_reading import read
from tests.test_scan_compiled import _every_scan_agrees, scan_width  # noqa: F401  (a fixture)


# -- DISPLAY_SPEED (speeds) ------------------------------------------------------------------

INTERVALS = ("12:00:01 round 2 - batch 8/64 - loss 0.8731 - time (sec): 1.20 - "
             "sentences/sec: 213.70 - lr: 0.050000\n"
             "12:00:02 round 2 - batch 16/64 - loss 0.8102 - time (sec): 2.41 - "
             "sentences/sec: 212.10 - lr: 0.050000\n")


def test_a_speed_beside_the_time_a_display_line_took_is_bookkeeping():
    points = read(INTERVALS)
    assert "sentences/sec" not in points
    assert [value for _, value in points["loss"]] == [0.8731, 0.8102]
    assert [value for _, value in points["lr"]] == [0.05, 0.05]


@pytest.mark.parametrize("line, speed", [
    ("Train: [7/90]  eta: 0:01:02  lr: 0.1  tok/s: 5120.3  loss: 1.25  time: 0.031\n", "tok/s"),
    ("it 300 | loss: 2.11 | batch_time=0.25 | samples_per_second: 410.5\n", "samples_per_second"),
])
def test_other_spellings_of_the_time_and_of_the_speed(line, speed):
    assert rules.is_display_speed(speed, line.strip())
    points = read(line)
    assert not [name for name in points if name.endswith(speed)]
    assert [name for name in points if name.endswith("loss")]


def test_a_speed_reported_without_a_time_stays_a_metric():
    assert read("Requests/sec:   912.40\n") == {"Requests/sec": [(0.0, 912.4)]}
    points = read("scoring done - accuracy: 0.912 - sentences/sec: 640.2\n")
    assert points["sentences/sec"] == [(0.0, 640.2)] and points["accuracy"] == [(0.0, 0.912)]


def test_a_time_word_inside_another_name_or_a_time_without_a_number_is_no_time_pair():
    assert rules.is_display_speed("img/s", "uptime_ratio: 0.5  img/s: 30.0") is False
    assert rules.is_display_speed("img/s", "time of day unknown, img/s: 30.0") is False
    assert rules.is_display_speed("loss", "time: 0.2 loss: 0.3") is False
    assert rules.is_display_speed("img/s", "time: 0.2 img/s: 30.0") is True


# -- SENTENCE_STOP (grammar, formats) --------------------------------------------------------


def test_a_value_ending_a_sentence_before_another_sentence_is_read():
    points = read("INFO:trainer.stopper:Best score at epoch 4: 0.8125. Wrote checkpoint to "
                  "/tmp/run/best.pt\n")
    assert points == {"Best score": [(4.0, 0.8125)]}
    points = read("lookup done: hit_rate: 0.4375. Cache kept\n")
    assert points == {"hit_rate": [(0.0, 0.4375)]}


@pytest.mark.parametrize("line", [
    "hit_rate: 0.4375.\n",  # a stop closing the line may close a version
    "hit_rate: 0.4375. kept\n",  # no capital: no new sentence
    "hit_rate: 0.4375.Cache kept\n",  # glued: no sentence after it
    "release: 2.4.1. Notes follow\n",  # a version's numbers run on past the stop
])
def test_a_stop_that_opens_no_new_sentence_still_refuses_the_value(line):
    assert read(line) == {}


# -- ENDS_IN_STEP_COUNT (grammar, the scans), AFTER_STEPS (prefixes) --------------------------

STEP_COUNT_LINES = [
    ("KMeansLike: inertia 812.25, spread 0.75, converged after 31 iterations", True),
    ("loss 0.5, acc 0.9, stopped after 7 Epochs", True),
    ("\tscore 3.25\tafter 120 generations", True),
    ("the search ran after 5 rounds", True),  # a candidate; the readers decide (nothing here)
    ("thereafter 5 rounds", False),  # "after" glued to a word
    ("after 5 epoch", False),  # no plural
    ("after 5 lessons", False),  # no step word
    ("after 1234567890 steps", False),  # more than nine digits
    ("after x5 steps", False),
    ("afterwards 5 steps", False),
]


@pytest.mark.usefixtures("scan_width")  # with the AVX2 scan and with the 16-byte one
@pytest.mark.parametrize(("line", "accepted"), STEP_COUNT_LINES)
def test_a_line_closed_by_a_count_of_steps_is_a_candidate_of_every_scan(line, accepted):
    _every_scan_agrees(line, accepted)


def test_fields_closed_by_the_steps_they_took_report_at_that_step():
    points = read("KMeansLike: inertia 812.25, spread 0.75, converged after 31 iterations\n")
    assert points == {"inertia": [(31.0, 812.25)], "spread": [(31.0, 0.75)]}


def test_a_sentence_closed_by_a_count_of_steps_gives_nothing():
    assert read("the search ran after 5 rounds\n") == {}
    assert read("Training finished after 12 epochs\n") == {}
