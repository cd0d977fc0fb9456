"""LEVEL_INTERVAL: an interval cell under a column named by its level (``95% CI``) gives both
bounds as values of ``<label>/<column>``; under another name it stays a dropped spread."""

from __future__ import annotations

from tests.metric_reading import values

_TABLE = """\
Method             Coef.     S.E.   z-stat    P>|z|       95% CI
-------------------------------------------------------------------------
Conventional       0.362    0.072    5.031   4.877e-07     [0.221, 0.503]
Robust             0.350    0.080    4.064   4.816e-05     [0.181, 0.519]

"""


def test_both_bounds_under_a_level_named_column():
    got = values(_TABLE)
    assert got["Conventional/95% CI"] == [0.221, 0.503]
    assert got["Robust/95% CI"] == [0.181, 0.519]
    assert got["Conventional/Coef."] == [0.362]


def test_an_interval_under_another_name_is_dropped():
    got = values(_TABLE.replace("95% CI", "spread"))
    assert not any(name.endswith("/spread") for name in got)
    assert got["Robust/z-stat"] == [4.064]
