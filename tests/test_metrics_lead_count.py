"""LEAD_COUNT: a progress count ``i/N`` opening a line before a colon (a tag between) steps the
line as printed; on invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_leading_count_before_a_tag_and_colon_is_the_step():
    text = ("2/5(t): acc=0.61, loss=0.66\n"
            "2/5(v): val_acc=0.58, val_loss=0.69\n"
            "3/5(t): acc=0.72, loss=0.55\n")
    got = read(text)
    assert got["acc"] == [(2.0, 0.61), (3.0, 0.72)]
    assert got["val_loss"] == [(2.0, 0.69)]


def test_a_leading_count_before_a_colon_is_the_step():
    assert read("4/9: score=0.25\n7/9: score=0.5\n")["score"] == [(4.0, 0.25), (7.0, 0.5)]


def test_a_count_opening_a_bar_without_a_colon_is_no_step():
    got = read("4/9 [=====>....] - loss: 0.25\n7/9 [========>.] - loss: 0.5\n")
    assert [step for step, _ in got["loss"]] != [4.0, 7.0]
