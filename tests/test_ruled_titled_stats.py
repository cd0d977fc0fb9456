"""RULED_TITLED_STATISTICS (`expctl.metrics.titled_stats.read_ruled_stats`): one row of a
thing's statistics under a rule, a header of their names and the thing's name closed by a colon."""

from __future__ import annotations

from expctl.metrics.titled_stats import read_ruled_stats
from tests.metric_reading import values

LATENCY = """
Latency:
median   max     mean    # requests
------   -----   -----   ----------
-1.5%    7.25    3.10%       1200
"""


def test_a_ruled_block_of_statistics_is_named_by_its_title():
    found = values(LATENCY)
    assert found["Latency/median"] == [-1.5]
    assert found["Latency/max"] == [7.25]
    assert found["Latency/mean"] == [3.1]
    assert not any("requests" in name for name in found)  # a count column gives nothing


def _before(lines):
    return lambda count: lines[-count:]


def test_not_read():
    ruled = ["", "Errors:", "max      min", "-------  ------"]
    assert read_ruled_stats("-0.5%    0.25", _before(ruled)) == [([("Errors/max", "-0.5"), ("Errors/min", "0.25")], None)]
    # names that are no statistics: the title says where they are, not what they are of
    assert read_ruled_stats("-0.5%    0.25", _before(["", "Errors:", "loss     acc", "-------  ------"])) is None
    # no rule between the header and the row
    assert read_ruled_stats("-0.5%    0.25", _before(["", "", "Errors:", "max      min"])) is None
    # no title closed by a colon
    assert read_ruled_stats("-0.5%    0.25", _before(["", "Errors", "max      min", "-------  ------"])) is None
    # the title within a block of text, not opening one
    assert read_ruled_stats("-0.5%    0.25", _before(["some text", "Errors:", "max      min", "-------  ------"])) is None
