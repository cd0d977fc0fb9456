"""Significance stars glued to a value (GLUED_STARS, ENDS_IN_STARS): ``7.141e-10**`` in a table
of labelled rows is the number, its stars a mark of its level under a legend, and a row ending
in such a cell is a candidate of every scan."""

from __future__ import annotations

import pytest

from expctl.metrics.grammar import may_hold_metrics
from tests.test_metrics_tables import read
from tests.test_scan_compiled import _every_scan_agrees, scan_width  # noqa: F401 (a fixture)

REPORT = ("                        early     late \n"
          "relative_gap      3.664e-17***  5.545e-16***\n"
          "absolute_gap       7.19e-09**    7.19e-09** \n"
          "\n"
          "(***: gap <= 1e-10, **: gap <= 1e-8)\n")


def test_a_table_of_starred_values_gives_each_value():
    assert read(REPORT) == {
        "relative_gap/early": [(0.0, 3.664e-17)], "relative_gap/late": [(0.0, 5.545e-16)],
        "absolute_gap/early": [(0.0, 7.19e-09)], "absolute_gap/late": [(0.0, 7.19e-09)]}


def test_four_stars_are_no_mark_of_a_level():
    found = read("                        early     late \n"
                 "relative_gap      3.664e-17****  5.545e-16****\n"
                 "absolute_gap       7.19e-09****    7.19e-09****\n\n")
    assert found == {}


STARRED_LINES = [
    ("absolute_gap  2.776e-17***  2.152e-11***", True),
    ("absolute_gap  2.776e-17***  2.152e-11*", True),
    ("absolute_gap  2.776e-17***  2.152e-11****", False),  # four: no level's mark
    ("the rest is *** ", False),  # stars after no digit
    ("*** ", False),
]


@pytest.mark.usefixtures("scan_width")  # with the AVX2 scan and with the 16-byte one
@pytest.mark.parametrize(("line", "accepted"), STARRED_LINES)
def test_a_row_ending_in_starred_values_is_a_candidate_of_every_scan(line, accepted):
    _every_scan_agrees(line, accepted)


def test_the_grammar_alone_accepts_a_starred_end():
    assert may_hold_metrics("x  0.5  0.1***")
    assert not may_hold_metrics("x  0.5  a***")
