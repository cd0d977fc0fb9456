"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

A trading-strategy simulation with backtesting.py (PyPI ``backtesting``), its README's example
as written: a moving-average crossover (``SmaCross``, 10 and 20 days) on the Google daily
prices the package ships (``backtesting.test.GOOG``), ``Backtest(GOOG, SmaCross, cash=10000,
commission=.002).run()``, then ``print(stats)``. The run draws a tqdm bar on stderr
(``Backtest.run:   0%|          | 0/2128``) and warns that trades remain open; the printed
statistics are a pandas ``Series`` of labelled rows, value right-aligned (``Exposure Time [%]
94.27374``, ``Equity Final [$]   56263.51934``, ``Sharpe Ratio   0.60074``, ``Max. Drawdown
Duration      830 days 00:00:00``, ``# Trades   93``, ``_strategy   SmaCross``), then
``dtype: object``.

Truth: the ``_Stats`` series ``run()`` returns (the object printed), read by the same process:
every row holding a float (returns, ratios, drawdowns, equity, commissions, the trade
statistics) under its printed label, units in brackets included (``Return [%]``), unstepped.
Optional: ``# Trades`` (a count) and the durations (``Duration``, ``Max. Drawdown Duration``,
... as days, the number printed before ``days``). Judgement: ``Start`` and ``End`` are dates;
the ``_strategy``, ``_equity_curve`` and ``_trades`` rows are objects (their reprs are cut);
the bar's ``0/2128`` is progress; the strategy's windows (10, 20) are printed nowhere.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main


def run() -> None:
    import numbers

    import pandas as pd
    from backtesting import Backtest, Strategy
    from backtesting.lib import crossover
    from backtesting.test import GOOG, SMA

    class SmaCross(Strategy):
        n1 = 10
        n2 = 20

        def init(self):
            close = self.data.Close
            self.sma1 = self.I(SMA, close, self.n1)
            self.sma2 = self.I(SMA, close, self.n2)

        def next(self):
            if crossover(self.sma1, self.sma2):
                self.position.close()
                self.buy()
            elif crossover(self.sma2, self.sma1):
                self.position.close()
                self.sell()

    bt = Backtest(GOOG, SmaCross, cash=10000, commission=.002)
    stats = bt.run()
    print(stats)
    truth = Truth()
    for label, value in stats.items():
        if label.startswith("_"):
            continue
        if isinstance(value, pd.Timedelta):
            truth.allow(**{label: value.days})
        elif label == "# Trades":
            truth.allow(**{label: value})
        elif isinstance(value, numbers.Real) and not isinstance(value, bool):
            truth.add(**{label: float(value)})
    from importlib.metadata import version
    truth.write(f"backtesting {version('backtesting')}: the _Stats series run() returns (the "
                "object printed), every float row under its printed label; the trade count and "
                "the durations (days) optional", libraries=("backtesting", "pandas"),
                params=None, rel=1e-9, abs_tol=5e-6)  # five decimals


if __name__ == "__main__":
    main(__file__, {"backtesting": run}, root=HELDOUT17)
