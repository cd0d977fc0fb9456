"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Portfolio performance metrics with QuantStats (PyPI ``quantstats``), seeded: 500 business days
of simulated daily returns, ``qs.reports.metrics(returns, mode="basic", display=True)``, which
prints a ``Parameter Value`` table (``Risk-Free Rate 0.0%``, ``Periods/Year 252``, ...) and then
the metrics as a tabulate ``simple`` table with one column ``Strategy`` in blank-line separated
groups: dates (``Start Period``, ``Max DD Date`` ...), percentages with ``%`` (``Cumulative
Return 19.82%``, ``CAGR﹪``, ``Max Drawdown -11.86%``, ``MTD``, ``3M`` ... ``All-time
(ann.)``), ratios with two decimals (``Sharpe 0.6``, ``Sortino/√2``, ``Omega``, ``Gain/Pain
(1M)``, ``CPC Index``, ``Ulcer Index``) and day counts.

Truth, from the same call's metrics frame (``display=False, internal=True``: the same
computation, the same percent scaling), computed once more with pandas' ``Series.round``
made the identity for that call so that the numbers are kept before QuantStats rounds them to
the two printed decimals (a ``%`` the frame appends is dropped): each row under its printed
label, in percent where the table prints percent. Dates are no metrics; ``Time in Market`` and
the day counts (``Longest DD Days``, ``Avg. Drawdown Days``) are optional; the risk-free rate
and periods a year are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    import quantstats as qs

    rng = np.random.default_rng(27)
    index = pd.bdate_range("2022-01-03", periods=500)
    returns = pd.Series(rng.normal(0.0005, 0.011, 500), index=index, name="strategy")
    qs.reports.metrics(returns, mode="basic", display=True)
    sys.stdout.flush()
    rounding = pd.Series.round
    pd.Series.round = lambda self, *args, **kwargs: self
    try:
        frame = qs.reports.metrics(returns, mode="basic", display=False, internal=True)
    finally:
        pd.Series.round = rounding
    truth = Truth()
    optional = {"Time in Market", "Longest DD Days", "Avg. Drawdown Days"}
    skipped = {"Start Period", "End Period", "Risk-Free Rate", "Max DD Date",
               "Max DD Period Start", "Max DD Period End"}
    for label, value in frame.iloc[:, 0].items():
        if label in skipped:
            continue
        number = float(str(value).rstrip("%").replace(",", ""))
        if label in optional:
            truth.allow(**{label: number})
        else:
            truth.add(**{label: number})
    truth.write("quantstats: reports.metrics(display=False, internal=True) with Series.round "
                "disabled for that call, each row by its label",
                libraries=("quantstats", "pandas", "numpy"),
                params={"Risk-Free Rate": 0.0, "Periods/Year": 252},
                rel=5e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"quantstats": run}, root=HELDOUT27)
