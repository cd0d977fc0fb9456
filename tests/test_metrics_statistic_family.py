"""STATISTIC_PEERS: a bound-named column beside statistics of the same thing (``mean.k.``,
``median.k.``) is that thing's maximum, measured per row; alone among scores it stays a bound."""

from __future__ import annotations

from tests.metric_reading import read

FAMILY = """\
  lag   r.sq   mean.deg  median.deg  max.deg
1   1  0.512      8.250       7.900   14.60
2   2  0.733      5.125       4.800    9.30
"""


def test_a_bound_beside_statistics_of_the_same_thing_is_measured():
    found = read(FAMILY)
    assert found["max.deg"] == [(1.0, 14.6), (2.0, 9.3)]
    assert found["mean.deg"] == [(1.0, 8.25), (2.0, 5.125)]


def test_a_bound_beside_other_statistics_stays_a_bound():
    found = read(FAMILY.replace("mean.deg  median.deg", "mean.lag  median.lag"))
    assert "max.deg" not in found and found["mean.lag"] == [(1.0, 8.25), (2.0, 5.125)]
