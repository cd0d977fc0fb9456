"""RULED_PAIRS (`expctl.metrics.ruled_pairs`): rows of a label and a number between rules of two
dash runs, a table of two columns printed without a header."""

from __future__ import annotations

from expctl.metrics.ruled_pairs import ruled_pair
from tests.metric_reading import values

EXTRAS = """
Extras:
-----------------  --------
best week          4.10%
worst quarter      -7.25%
hit rate 30d       0.62
-----------------  --------
"""


def test_rows_between_rules_are_pairs():
    found = values(EXTRAS)
    assert found["best week"] == [4.1]
    assert found["worst quarter"] == [-7.25]
    assert found["hit rate 30d"] == [0.62]


def _before(lines):
    return lambda count: lines[-count:]


def test_not_read():
    rule = "-----------  ------"
    assert ruled_pair("best week    4.10%", _before(["", rule])) == [("best week", "4.10")]
    assert ruled_pair("best week    4.10%", _before(["name         value", rule])) == []  # a header: a table
    assert ruled_pair("best week    4.10%", _before(["", "-------------------"])) == []  # one run
    assert ruled_pair("best week    4.10%", _before(["", "some words", rule][1:])) == []  # no rule right above
    assert ruled_pair("best week                 4.10%", _before(["", rule])) == []  # not under its run
