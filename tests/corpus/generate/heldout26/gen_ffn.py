"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Performance statistics of a back-tested price series with ffn (PyPI ``ffn``), seeded: 760
business days of a simulated strategy's prices (a geometric random walk), ``calc_stats()`` and
``display()`` of the series' ``PerformanceStats``, which prints ``Stats for strategy from
2022-01-03 00:00:00 - ...``, ``Annual risk-free rate considered: 0.00%`` and five tables drawn
with tabulate: ``Summary:`` (one row under ``Total Return Sharpe CAGR Max Drawdown``),
``Annualized Returns:`` (one row under ``mtd 3m 6m ytd 1y 3y 5y 10y incep.``, ``-`` where the
history is too short), ``Periodic:`` (rows ``sharpe mean vol skew kurt best worst`` under
``daily monthly yearly``), ``Drawdowns:`` (one row under ``max avg # days``) and ``Misc:``
(rows ``avg. up month``, ``avg. down month``, ``up year %``, ``12m up %``).

Truth: the ``PerformanceStats`` attributes the display formats (``total_return``,
``daily_sharpe``, ``cagr``, ``max_drawdown``, ``mtd``, ``three_month``, ...,
``monthly_kurt``, ..., ``twelve_month_win_perc``), in percent where ffn formats them as
percentages, under the printed labels: the Summary and Annualized Returns columns by their
header (``Total Return``, ``Sharpe``, ``mtd``, ``incep.``), the Periodic table as
``<row>/<column>`` (``sharpe/daily``, ``kurt/monthly``), the Drawdowns row under its section
(``Drawdowns/max``, ``Drawdowns/avg``; ``Drawdowns/# days`` optional, a duration), the Misc rows
by their label (``avg. up month``, ``up year %``). Values printed as ``-`` (NaN) have no truth.
The Summary's ``Sharpe``, ``CAGR`` and ``Max Drawdown`` are the same quantities as
``sharpe/daily``, ``incep.`` and ``Drawdowns/max``, printed under other labels in other tables:
each label keeps its own truth. The risk-free rate is a param (``Annual risk-free rate
considered``); the dates are no metrics.
"""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main

SUMMARY = (("Total Return", "total_return", True), ("Sharpe", "daily_sharpe", False),
           ("CAGR", "cagr", True), ("Max Drawdown", "max_drawdown", True))
RETURNS = (("mtd", "mtd"), ("3m", "three_month"), ("6m", "six_month"), ("ytd", "ytd"),
           ("1y", "one_year"), ("3y", "three_year"), ("5y", "five_year"), ("10y", "ten_year"),
           ("incep.", "incep"))
PERIODIC = (("sharpe", False), ("mean", True), ("vol", True), ("skew", False), ("kurt", False),
            ("best", True), ("worst", True))
MISC = (("avg. up month", "avg_up_month"), ("avg. down month", "avg_down_month"),
        ("up year %", "win_year_perc"), ("12m up %", "twelve_month_win_perc"))


def run() -> None:
    import warnings

    import numpy as np
    import pandas as pd
    import ffn

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(26)
    idx = pd.bdate_range("2022-01-03", periods=760)
    prices = pd.DataFrame({"strategy": 100 * np.exp(np.cumsum(rng.normal(0.0005, 0.011, 760)))},
                          index=idx)
    stats = prices.calc_stats()["strategy"]
    stats.display()
    sys.stdout.flush()
    truth = Truth()

    def add(name, value, pct, optional=False):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return
        value = 100 * float(value) if pct else float(value)
        (truth.allow if optional else truth.add)(**{name: value})

    for label, attr, pct in SUMMARY:
        add(label, getattr(stats, attr), pct)
    for label, attr in RETURNS:
        add(label, getattr(stats, attr), True)
    for row, pct in PERIODIC:
        for period in ("daily", "monthly", "yearly"):
            attr = {"best": f"best_{period[:-2] if period != 'daily' else 'day'}",
                    "worst": f"worst_{period[:-2] if period != 'daily' else 'day'}"}.get(
                        row, f"{period}_{row}")
            add(f"{row}/{period}", getattr(stats, attr), pct)
    add("Drawdowns/max", stats.max_drawdown, True)
    add("Drawdowns/avg", stats.avg_drawdown, True)
    add("Drawdowns/# days", stats.avg_drawdown_days, False, optional=True)
    for label, attr in MISC:
        add(label, getattr(stats, attr), True)
    truth.write("ffn: the PerformanceStats attributes display() formats (percentages x100)",
                libraries=("ffn", "pandas", "numpy"),
                params={"Annual risk-free rate considered": 0.0},
                rel=5e-3, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"ffn": run}, root=HELDOUT26)
