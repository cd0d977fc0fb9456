"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Back-testing with backtrader (PyPI ``backtrader``), seeded: 250 business days of simulated
prices fed to two ``Cerebro`` runs, one strategy each, a moving-average crossover (``SmaCross``,
``fast=10, slow=30``) and an RSI mean-reversion (``RsiRevert``, ``period=14, low=35,
high=65``), each with four analyzers (``SharpeRatio`` on daily returns, annualised, as
``sharpe``; ``DrawDown`` as ``dd``; ``Returns`` as ``ret``; ``SQN`` as ``sqn``) and
backtrader's own run report (``addwriter(bt.WriterFile, csv=False, rounding=4)``), which prints
at the end of each run an indented tree: ``Cerebro:``, ``- Datas:``, ``- Strategies:``, per strategy its
``- Params:`` (``- fast: 10``), ``- Indicators:`` and ``- Observers:`` with their lines and
params, and ``- Analyzers:``: ``- Value:`` (``- Begin: 10000.0``, ``- End: 10151.3792``) and
per analyzer its ``- Params:`` and ``- Analysis:`` (``- sharperatio: 0.61``, ``- drawdown:
0.2319``, ``- max:`` / ``- drawdown: 0.94``, ``- rtot: 0.015``, ...).

Truth: each strategy's analyzers' ``get_analysis()`` dicts and the broker's final value, under
the tree's path from the strategy down, dropping the ``Analyzers`` and ``Analysis`` headings
(``SmaCross/dd/max/drawdown``, ``RsiRevert/ret/rnorm100``, ``SmaCross/sharpe/sharperatio``,
``SmaCross/Value/End``); the drawdown lengths (``len``), the SQN's trade count and the start value
(``Value/Begin``, the cash given) optional. The printed parameters are params (flattened with
dots, as the strategies' and analyzers' ``params`` hold them: ``SmaCross.fast``,
``SmaCross.sharpe.riskfreerate``). Indicator and observer settings printed inside the tree
(``- period: 30``, ``- bardist: 0.015``) are params too, under the indicator's or observer's
class (``SmaCross.BuySell.bardist``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import warnings

    import backtrader as bt
    import numpy as np
    import pandas as pd

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(26)
    n = 250
    close = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, n)))
    df = pd.DataFrame({"open": close * (1 + rng.normal(0, 0.002, n)), "high": close * 1.01,
                       "low": close * 0.99, "close": close, "volume": 1000},
                      index=pd.bdate_range("2023-01-02", periods=n))

    class SmaCross(bt.Strategy):
        params = dict(fast=10, slow=30)

        def __init__(self):
            self.cross = bt.ind.CrossOver(bt.ind.SMA(period=self.p.fast),
                                          bt.ind.SMA(period=self.p.slow))

        def next(self):
            if not self.position and self.cross > 0:
                self.buy(size=10)
            elif self.position and self.cross < 0:
                self.close()

    class RsiRevert(bt.Strategy):
        params = dict(period=14, low=35, high=65)

        def __init__(self):
            self.rsi = bt.ind.RSI(period=self.p.period)

        def next(self):
            if not self.position and self.rsi < self.p.low:
                self.buy(size=10)
            elif self.position and self.rsi > self.p.high:
                self.close()

    truth = Truth()
    params: dict[str, object] = {}
    optional_keys = {"len", "trades"}

    def walk(prefix, node):
        for key, value in node.items():
            name = f"{prefix}/{key}"
            if isinstance(value, dict):
                walk(name, value)
            elif value is not None:
                (truth.allow if key in optional_keys else truth.add)(**{name: float(value)})

    for strategy in (SmaCross, RsiRevert):
        cerebro = bt.Cerebro()
        cerebro.adddata(bt.feeds.PandasData(dataname=df))
        cerebro.addstrategy(strategy)
        cerebro.addanalyzer(bt.analyzers.SharpeRatio, _name="sharpe",
                            timeframe=bt.TimeFrame.Days, annualize=True)
        cerebro.addanalyzer(bt.analyzers.DrawDown, _name="dd")
        cerebro.addanalyzer(bt.analyzers.Returns, _name="ret")
        cerebro.addanalyzer(bt.analyzers.SQN, _name="sqn")
        cerebro.addwriter(bt.WriterFile, csv=False, rounding=4)
        strat = cerebro.run()[0]
        sys.stdout.flush()
        sname = strategy.__name__
        for key in strat.params._getkeys():
            params[f"{sname}.{key}"] = getattr(strat.params, key)
        for obj in list(strat.getindicators()) + list(strat.getobservers()):
            for key in obj.params._getkeys():
                value = getattr(obj.params, key)
                if isinstance(value, (int, float, bool, str)) or value is None:
                    params[f"{sname}.{type(obj).__name__}.{key}"] = value
        truth.allow(**{f"{sname}/Value/Begin": cerebro.broker.startingcash})
        truth.add(**{f"{sname}/Value/End": cerebro.broker.getvalue()})
        for aname in strat.analyzers.getnames():
            analyzer = getattr(strat.analyzers, aname)
            for key in analyzer.params._getkeys():
                value = getattr(analyzer.params, key)
                if isinstance(value, (int, float, bool, str)) or value is None:
                    params[f"{sname}.{aname}.{key}"] = value
            walk(f"{sname}/{aname}", analyzer.get_analysis())
    truth.write("backtrader: each strategy's analyzers' get_analysis() and broker value after "
                "cerebro.run(); params from the strategies' and analyzers' params",
                libraries=("backtrader", "pandas", "numpy"), params=params,
                rel=1e-4, abs_tol=5e-5)  # the writer rounds to four decimals


if __name__ == "__main__":
    main(__file__, {"backtrader": run}, root=HELDOUT26)
