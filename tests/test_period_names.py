"""PERIOD_NAMES (`expctl.metrics.headers`): an aligned header over a rule may name columns by a
period (``3m``, ``1y``) beside names; without the rule such a line is no header."""

from __future__ import annotations

from tests.metric_reading import values

TRAILING = """
Trailing yield:
week   4w      13w     qtd    2y     since start
-----  ------  ------  -----  -----  -----------
0.12   0.40    1.95    0.33   -     7.80
"""


def test_periods_name_columns_over_a_rule():
    found = values(TRAILING)
    assert found["4w"] == [0.4]
    assert found["13w"] == [1.95]
    assert found["week"] == [0.12]
    assert "2y" not in found  # an empty cell
    assert found["since start"] == [7.8]


def test_no_rule_no_header():
    found = values("\nweek   4w      13w     qtd\n0.12   0.40    1.95    0.33\n")
    assert "4w" not in found
