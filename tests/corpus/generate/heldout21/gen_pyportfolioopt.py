"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Portfolio optimisation with PyPortfolioOpt (PyPI ``pyportfolioopt``, on cvxpy): three years of
seeded daily prices for five made-up tickers, mean historical returns and the sample
covariance, then three efficient-frontier portfolios (``max_sharpe()``, ``min_volatility()``,
``efficient_risk(target_volatility=0.11)``), each followed by ``print(ef.clean_weights())`` (an
``OrderedDict([('ACME', 0.0), ('BOLT', 0.25299), ...])``) and
``ef.portfolio_performance(verbose=True)`` (``Expected annual return: 42.9%``, ``Annual
volatility: 14.9%``, ``Sharpe Ratio: 2.88``); then the max-Sharpe weights turned into whole
shares for a 10,000 budget with ``DiscreteAllocation(...).greedy_portfolio(verbose=True)``,
which prints ``Funds remaining: 63.21``, a line per ticker (``CRUX: allocated 0.674, desired
0.667``) and ``Allocation has RMSE: 0.004``; the script prints the allocation dict (shares).

Truth: ``clean_weights()`` under the tickers; ``portfolio_performance``'s returned tuple under
the printed labels, return and volatility in percent as printed (times 100); the greedy
allocation's returned leftover as ``Funds remaining``; the allocated weights, the desired
weights and the RMSE that ``greedy_portfolio`` prints but does not return, recomputed from the
returned allocation as the library does (``_allocation_rmse_error`` was read for this) as
``<ticker>/allocated``, ``<ticker>/desired`` and ``Allocation has RMSE``; the share counts
optional under the tickers. The risk-free rate (0.02, the library's default) is not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main

TICKERS = ["ACME", "BOLT", "CRUX", "DYNA", "EPIC"]


def run() -> None:
    import math

    import numpy as np
    import pandas as pd
    from pypfopt import DiscreteAllocation, EfficientFrontier, expected_returns, risk_models

    rng = np.random.default_rng(21)
    cov = np.diag([1.0, 0.8, 1.5, 0.5, 1.1]) * 1e-4 + 2e-5
    daily = rng.multivariate_normal([0.0004, 0.0002, 0.0005, 0.0001, 0.0003], cov, 750)
    prices = pd.DataFrame(100 * np.exp(np.cumsum(daily, axis=0)), columns=TICKERS,
                          index=pd.bdate_range("2022-01-03", periods=750))
    mu = expected_returns.mean_historical_return(prices)
    S = risk_models.sample_cov(prices)
    truth = Truth()
    best = None
    for title, method, kwargs in (("max Sharpe", "max_sharpe", {}),
                                  ("min volatility", "min_volatility", {}),
                                  ("volatility 11%", "efficient_risk",
                                   {"target_volatility": 0.11})):
        ef = EfficientFrontier(mu, S)
        getattr(ef, method)(**kwargs)
        weights = ef.clean_weights()
        print(f"== {title} ==")
        print(weights)
        ret, vol, sharpe = ef.portfolio_performance(verbose=True)
        print()
        truth.add(**weights)
        truth.add(**{"Expected annual return": 100 * ret, "Annual volatility": 100 * vol,
                     "Sharpe Ratio": sharpe})
        best = best or weights
    latest = prices.iloc[-1]
    allocation, left = DiscreteAllocation(best, latest,
                                          total_portfolio_value=10000).greedy_portfolio(
        verbose=True)
    print(allocation)
    truth.add(**{"Funds remaining": left})
    value = sum(n * latest[t] for t, n in allocation.items())
    sse = 0.0
    for ticker, weight in best.items():
        allocated = allocation.get(ticker, 0) * latest[ticker] / value
        sse += (weight - allocated) ** 2
        truth.add(**{f"{ticker}/allocated": allocated, f"{ticker}/desired": weight})
    truth.add(**{"Allocation has RMSE": math.sqrt(sse / len(best))})
    truth.allow(**{t: n for t, n in allocation.items()})
    truth.write("PyPortfolioOpt: clean_weights() by ticker, portfolio_performance()'s tuple "
                "(percent as printed), greedy_portfolio()'s leftover, and the printed "
                "allocated/desired weights and RMSE recomputed as the library does; shares "
                "optional", libraries=("pyportfolioopt", "cvxpy"),
                params={"total_portfolio_value": 10000, "target_volatility": 0.11},
                rel=1e-9, abs_tol=5e-3)  # one to three decimals


if __name__ == "__main__":
    main(__file__, {"pyportfolioopt": run}, root=HELDOUT21)
