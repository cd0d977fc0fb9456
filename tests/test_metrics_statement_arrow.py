"""ARROWS: a long arrow (``==>``, ``-->``) between a value and a name parts two statements, both
read; before a number it is a change; opening a line it is a bullet; a short arrow is a
conversion as before. Invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_long_arrow_after_a_value_parts_two_statements():
    got = values("Deviance: 210.4 ==> BIC = 233.07 [4 params]\n")
    assert got == {"Deviance": [210.4], "BIC": [233.07]}


def test_a_dashed_long_arrow_too():
    assert values("cost = 3.5 --> ratio: 0.25\n") == {"cost": [3.5], "ratio": [0.25]}


def test_a_long_arrow_before_a_number_is_a_change():
    assert values("loss: 0.52 ==> 0.31\n") == {}


def test_a_short_arrow_is_a_conversion():
    assert values("pavg=0.53 -> initscore=0.14\n") == {}


def test_a_long_arrow_opening_a_line_is_a_bullet_not_a_statement():
    assert values("-------> Group:  2 \n") == {}
