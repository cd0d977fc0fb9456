"""DRAWN_RANGE: the two ends of a histogram drawn between bars label its axis, no value; on
invented posterior summaries."""

from __future__ import annotations

from tests.metric_reading import read

_SUMMARY = ("logZ = -4.836 +- 0.183\n"
            "\n"
            "    mu        : 0.57  │ ▁▁▂▃▅▇▇▅▃▂▁▁ ▁ │1.38      1.01 +- 0.10\n"
            "    sigma     : -1.19 │ ▁ ▁▂▄▆▇▆▄▂▁▁   │0.32      -0.49 +- 0.19\n")


def test_the_estimate_after_the_drawing_is_the_value():
    got = read(_SUMMARY)
    assert got["mu"] == [(0.0, 1.01)] and got["sigma"] == [(0.0, -0.49)]


def test_bars_around_text_are_no_drawing():
    got = read(_SUMMARY.replace("▁▁▂▃▅▇▇▅▃▂▁▁ ▁", "a text cell  "))
    assert got.get("mu") != [(0.0, 1.01)]
