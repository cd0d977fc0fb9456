"""ARROW_LEAD: an arrow opening a line is no part of the name after it, on invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_an_arrow_before_a_name_of_several_words():
    text = ("==> Overall penalty sum:   -12.5\n"
            "restarting\n"
            "==> Overall penalty sum:   -3.25\n")
    assert read(text)["Overall penalty sum"] == [(0.0, -12.5), (1.0, -3.25)]


def test_a_dashed_arrow_is_left_to_the_rules_of_bullets():
    # STATEMENT_ARROW: a long dashed arrow opening a line is a bullet; KEY_ASIDE reads " --> ..."
    assert read("-------> Group:  2\n") == {}
    assert read("===> mean edit distance: 4.75\n")["mean edit distance"] == [(0.0, 4.75)]
