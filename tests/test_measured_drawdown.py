"""MEASURED_DRAWDOWN (`expctl.metrics.vocabulary`): the largest drawdown is a result, not a bound."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values


def test_a_drawdown_bound_is_measured():
    assert not rules.is_setup_name("Max Drawdown")
    assert not rules.is_setup_name("min_drawdowns_pct")
    assert rules.is_setup_name("max_leverage")  # a bound of no measured thing stays a setting


def test_read_beside_returns():
    found = values("Annual Return  Volatility  Max Drawdown\n"
                   "-------------  ----------  ------------\n"
                   "       12.5%       0.173       -31.4%\n"
                   "        9.8%       0.151       -22.0%\n")
    assert found["Max Drawdown"] == [-31.4, -22.0]
