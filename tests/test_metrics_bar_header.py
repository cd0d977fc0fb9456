"""A header of names with a progress bar drawn after them (BAR_HEADER) and a group's name with
parentheses around some names (GROUPED_NAMES) heads the rows below by the names alone."""

from __future__ import annotations

from tests.metric_reading import values

HEADER = "        Class     Images  Instances      Box(P          R      mAP50  mAP50-95)"
ROWS = ("\n          all          8         14      0.512      0.25      0.3      0.1\n"
        "          red          7         10      0.612      0.35      0.4      0.2\n")


def test_a_bar_after_the_names_is_no_part_of_the_header():
    got = values(HEADER + ": 100% ━━━━━━━━━━━━ 1/1 13.9it/s 0.1s" + ROWS)
    assert got["all/mAP50-95"] == [0.1] and got["red/R"] == [0.35]


def test_the_group_name_and_its_parentheses_leave_the_names_inside():
    got = values(HEADER + ROWS)
    assert got["all/P"] == [0.512] and got["red/mAP50-95"] == [0.2]
    assert not any("(" in name or ")" in name for name in got)
