"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Portfolio analysis with FinQuant (PyPI ``FinQuant``, on NumPy 1.x and pandas 2): a portfolio of
three simulated daily price series (seeded geometric random walks, 300 business days) built with
``build_portfolio(data=...)``, its ``properties()`` printed (a ruled block: ``Time
window/frequency``, ``Risk free rate``, ``Portfolio Expected Return: 0.118``, ``Portfolio
Volatility``, ``Portfolio Downside Risk``, ``Portfolio Value at Risk``, ``Confidence level of
Value at Risk: 95.00 %``, ``Portfolio Sharpe Ratio``, ``Portfolio Sortino Ratio``, then
``Skewness:`` and ``Kurtosis:`` one-row frames by stock and the ``Information:`` allocation
frame), then four efficient-frontier optimisations with ``verbose=True`` (minimum volatility,
maximum Sharpe ratio, an efficient return of 0.2, an efficient volatility of 0.15), each a ruled
block ``Optimised portfolio for <goal>`` with ``Expected annual Return``, ``Annual Volatility``,
``Sharpe Ratio`` (three decimals) and the ``Optimal weights:`` frame (row ``Allocation``, a
column a stock).

Truth: the portfolio's attributes (``expected_return``, ``volatility``, ``downside_risk``,
``var``, ``sharpe``, ``sortino``, ``skew``, ``kurtosis``) under the printed labels
(``Skewness/<stock>``, ``Kurtosis/<stock>``: the frames' one row, ``0``, is left out of the
name); each optimisation's ``ef.properties()`` tuple and returned weights, under the goal the
block heads (``Minimum Volatility/Sharpe Ratio``, ``Maximum Sharpe Ratio/Allocation/CCC``).
Settings (frequency, risk-free rate, confidence level, the equal starting allocation, the
targets) are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from finquant.portfolio import build_portfolio

    rng = np.random.default_rng(28)
    index = pd.bdate_range("2023-01-02", periods=300)
    specs = (("AAA", 4e-4, 0.012), ("BBB", 2e-4, 0.008), ("CCC", 6e-4, 0.02))
    data = pd.DataFrame({name: 100 * np.exp(np.cumsum(rng.normal(mu, sigma, 300)))
                         for name, mu, sigma in specs}, index=index)
    pf = build_portfolio(data=data)
    pf.properties()
    truth = Truth()
    truth.add(**{"Portfolio Expected Return": pf.expected_return,
                 "Portfolio Volatility": pf.volatility,
                 "Portfolio Downside Risk": pf.downside_risk,
                 "Portfolio Value at Risk": pf.var,
                 "Portfolio Sharpe Ratio": pf.sharpe,
                 "Portfolio Sortino Ratio": pf.sortino})
    for name in data.columns:
        truth.add(**{f"Skewness/{name}": pf.skew[name], f"Kurtosis/{name}": pf.kurtosis[name]})
    goals = (("Minimum Volatility", lambda: pf.ef_minimum_volatility(verbose=True)),
             ("Maximum Sharpe Ratio", lambda: pf.ef_maximum_sharpe_ratio(verbose=True)),
             ("Efficient Return", lambda: pf.ef_efficient_return(0.2, verbose=True)),
             ("Efficient Volatility", lambda: pf.ef_efficient_volatility(0.15, verbose=True)))
    for goal, optimise in goals:
        weights = optimise()
        ret, vol, sharpe = pf.ef.properties(verbose=False)
        truth.add(**{f"{goal}/Expected annual Return": ret, f"{goal}/Annual Volatility": vol,
                     f"{goal}/Sharpe Ratio": sharpe})
        for name in data.columns:
            truth.add(**{f"{goal}/Allocation/{name}": weights.loc[name, "Allocation"]})
    params = {"Time window/frequency": pf.freq, "Risk free rate": pf.risk_free_rate,
              "Confidence level of Value at Risk": 100 * pf.var_confidence_level,
              "Efficient Return/target": 0.2, "Efficient Volatility/target": 0.15}
    for i, alloc in enumerate(pf.portfolio["Allocation"]):
        params[f"{i}/Allocation"] = float(alloc)
    truth.write("finquant: the Portfolio's attributes after build_portfolio, and each "
                "efficient-frontier optimisation's returned weights and ef.properties() tuple",
                libraries=("FinQuant", "numpy", "pandas", "scipy"), params=params,
                rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"finquant": run}, root=HELDOUT28)
