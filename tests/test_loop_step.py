"""LOOP_STEP: a fitting routine's loop counts its passes, and what a pass reports is at that
pass; the routine's name (dotted words) may stand before ``loop``. Made-up lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_named_routines_loop_steps_its_reports():
    text = "".join(f"IRLS fit.glm loop {k}: deviance = {d}\n" for k, d in ((1, 12.5), (2, 11.25), (3, 11.0)))
    assert read(text)["deviance"] == [(1.0, 12.5), (2.0, 11.25), (3.0, 11.0)]


def test_a_bare_loop_label_steps_its_pairs():
    text = "loop 4: rss = 2.75, change = 0.125\nloop 5: rss = 2.5, change = 0.0625\n"
    series = read(text)
    assert series["rss"] == [(4.0, 2.75), (5.0, 2.5)]


def test_loops_that_start_again_keep_their_numbers():
    text = ("backfit loop 1: objective = 3.5\nbackfit loop 2: objective = 3.25\n"
            "backfit loop 1: objective = 2.5\n")
    assert read(text)["objective"] == [(1.0, 3.5), (2.0, 3.25), (1.0, 2.5)]
