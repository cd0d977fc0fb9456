"""An object's repr in angle brackets (ANGLE_REPR): its last ``key: value`` pair is closed by
``>``; a name right after ``<`` is the class's, no key."""

from __future__ import annotations

from tests.metric_reading import values


def test_the_last_pair_before_the_closing_bracket_is_read():
    got = values("<lifetimes.BetaGeoFitter: fitted with 1500 subjects, a: 0.66, r: 0.30>\n")
    assert got == {"a": [0.66], "r": [0.3]}


def test_an_enum_member_in_angle_brackets_gives_no_pair():
    assert values("action space determined: <ActionSpace.DISCRETE: 2>\n") == {}
