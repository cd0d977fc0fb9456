"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Back-testing with vectorbt (PyPI ``vectorbt``), seeded: a simulated daily price series (300
days), a 10/30-day moving-average crossover traded with ``Portfolio.from_signals`` (10000 cash,
0.1% fees); the portfolio's ``stats()`` and its trades' ``stats()`` are printed (two pandas
Series of mixed type: timestamps, ``300 days 00:00:00`` durations, ``Total Return [%]
4.405926``, ``Sharpe Ratio``, counts, ``dtype: object``).

Truth, from the two returned Series: each numeric entry under its label (the labels with their
``[%]`` unit, as printed; names that both Series print, ``Open Trade PnL``, ``Win Rate [%]``,
``Best Trade [%]`` ..., have one value from each); counts (``Total Trades``, ``Total Closed
Trades``, ``Total Records``, win/loss streaks ...) optional; durations optional in days;
``Start Value`` (the initial cash) a param; timestamps are no numbers to keep.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main

COUNTS = {"Total Trades", "Total Closed Trades", "Total Open Trades", "Total Records",
          "Total Long Trades", "Total Short Trades", "Max Win Streak", "Max Loss Streak"}


def run() -> None:
    import numpy as np
    import pandas as pd
    import vectorbt as vbt

    rng = np.random.default_rng(27)
    index = pd.date_range("2023-01-02", periods=300, freq="D")
    price = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0005, 0.015, 300))), index=index,
                      name="asset")
    fast, slow = vbt.MA.run(price, 10), vbt.MA.run(price, 30)
    portfolio = vbt.Portfolio.from_signals(price, fast.ma_crossed_above(slow),
                                           fast.ma_crossed_below(slow), init_cash=10000,
                                           fees=0.001, freq="1D")
    truth = Truth()
    for stats in (portfolio.stats(), portfolio.trades.stats()):
        print(stats)
        for label, value in stats.items():
            if label == "Start Value":
                continue
            if isinstance(value, pd.Timedelta):
                truth.allow(**{label: value / pd.Timedelta(days=1)})
            elif isinstance(value, pd.Timestamp):
                continue
            elif label in COUNTS:
                truth.allow(**{label: float(value)})
            else:
                truth.add(**{label: float(value)})
    truth.write("vectorbt: Portfolio.stats() and Portfolio.trades.stats(), the returned Series",
                libraries=("vectorbt", "pandas", "numpy"), params={"Start Value": 10000.0},
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"vectorbt": run}, root=HELDOUT27)
