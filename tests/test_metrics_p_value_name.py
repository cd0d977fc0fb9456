"""P_VALUE_NAME: a p-value named as a comparison (``Pr>chi2``, ``Prob > F``) keeps its whole
name, and the statistic before it stays a pair; checked on invented test lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_p_value_named_by_a_comparison_keeps_the_whole_name():
    got = values("Exact test that RR = 1: Pr>chi2 = 0.0213\n")
    assert got.get("Pr>chi2") == [0.0213]
    assert "chi2" not in got


def test_the_statistic_before_such_a_p_value_is_a_pair_too():
    got = values("F = 4.81  Prob > F = 0.0102\n"
                 "chi2 = 6.532 Pr>chi2 = 0.0106\n")
    assert got.get("F") == [4.81] and got.get("Prob > F") == [0.0102]
    assert got.get("chi2") == [6.532] and got.get("Pr>chi2") == [0.0106]
