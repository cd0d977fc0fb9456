"""PERCENTILE_UNIT_ASIDE: percentile rows with a unit a space apart, a 100% row and an aside,
on invented lines."""

from __future__ import annotations

from expctl.metrics.percentiles import read_percentile


def _read(lines: list[str], at: int):
    following = lines[at + 1] if at + 1 < len(lines) else None
    return read_percentile(lines[at], lambda count: lines[max(0, at - count):at], lambda: following)


_LIST = ["Share of calls answered within a given delay",
         "  50%      4 ms",
         "  99%      21 ms",
         " 100%      35 ms (slowest call)"]


def test_a_unit_set_a_space_apart_is_dropped():
    assert _read(_LIST, 1)[0][0] == [("50%", "4")]
    assert _read(_LIST, 2)[0][0] == [("99%", "21")]


def test_the_whole_closes_the_list_with_its_aside():
    assert _read(_LIST, 3)[0][0] == [("100%", "35")]


def test_a_share_past_the_whole_is_no_percentile():
    lines = [*_LIST[:3], " 150%      35 ms"]
    assert _read(lines, 3) is None
