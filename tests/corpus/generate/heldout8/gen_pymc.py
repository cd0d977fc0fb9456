"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

PyMC with ArviZ, a Bayesian regression as in PyMC's getting-started notebook: a linear and a
quadratic model of the same synthetic data, each sampled with NUTS (2 chains, 300 tuning and
300 draws, one core). PyMC writes on stderr ``Initializing NUTS using jitter+adapt_diag...``,
``Sequential sampling (2 chains in 1 job)``, ``NUTS: [alpha, beta, sigma]``, its Rich progress
table (a row per chain: bar, ``Draw``, ``Divergences``, ``Step size``, ``Grad evals``,
``Sampling Speed``, ``Elapsed``, ``Remaining``; redrawn live on a terminal), ``Sampling 2 chains
for 300 tune and 300 draw iterations (600 + 600 draws total) took 1 seconds.`` and its
convergence warnings. The script prints (stdout) the settings, ``az.summary`` of the linear
model (rows are the parameters; ``mean sd hdi_3% hdi_97% mcse_mean mcse_sd ess_bulk ess_tail
r_hat``), ``az.loo`` (``Estimate``/``SE`` of ``elpd_loo`` and ``p_loo``, then the Pareto k
counts), and ``az.compare`` of the two models (rows are models).

Truth: ``az.summary``'s DataFrame: ``<parameter>/<column>`` (``alpha/mean``); ``sd`` and the
``mcse_*`` columns are spreads, optional; ``ess_*`` and ``r_hat`` points. ``az.loo``'s
``ELPDData``: ``elpd_loo/Estimate``, ``elpd_loo/SE`` (optional, a spread), ``p_loo/Estimate``;
the Pareto k table's counts and percentages optional (``good/Count``, ``good/Pct.``, computed
from ``pareto_k`` and ``good_k``). ``az.compare``'s DataFrame: rows are models, so each column
gives one point per model under its own name (``elpd_loo``, ``p_loo``, ``elpd_diff``,
``weight``), ``se``/``dse`` optional, ``rank`` optional. The progress table's values are
optional (every ``step_size`` and ``n_steps`` of the warm-up and sampling draws, kept with
``discard_tuned_samples=False``; the divergence and draw counts), since which states a live
display draws depends on timing. The settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def run() -> None:
    import warnings

    import arviz as az
    import numpy as np
    import pandas as pd
    import pymc as pm

    warnings.filterwarnings("ignore", category=FutureWarning)
    pd.set_option("display.max_columns", None)
    pd.set_option("display.width", 120)
    truth = Truth()
    settings = {"draws": 300, "tune": 300, "chains": 2, "cores": 1, "random_seed": 1,
                "n_obs": 60, "true_alpha": 1.0, "true_beta": 2.5, "noise": 0.7}
    print("settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    rng = np.random.default_rng(settings["random_seed"])
    x = rng.normal(size=settings["n_obs"])
    y = settings["true_alpha"] + settings["true_beta"] * x + rng.normal(
        scale=settings["noise"], size=settings["n_obs"])

    def fit(quadratic):
        with pm.Model():
            alpha = pm.Normal("alpha", 0, 5)
            beta = pm.Normal("beta", 0, 5)
            mu = alpha + beta * x
            if quadratic:
                mu = mu + pm.Normal("gamma", 0, 2) * x ** 2
            sigma = pm.HalfNormal("sigma", 2)
            pm.Normal("y", mu, sigma, observed=y)
            idata = pm.sample(draws=settings["draws"], tune=settings["tune"],
                              chains=settings["chains"], cores=settings["cores"],
                              random_seed=settings["random_seed"], progressbar=True,
                              discard_tuned_samples=False,
                              idata_kwargs={"log_likelihood": True})
        sys.stderr.flush()
        for group in ("warmup_sample_stats", "sample_stats"):
            stats = idata[group]
            truth.allow(**{"Step size": 0.0})
            for value in stats["step_size"].values.ravel():
                truth.allow(**{"Step size": float(value)})
            for value in stats["n_steps"].values.ravel():
                truth.allow(**{"Grad evals": float(value)})
        for chain in range(settings["chains"]):
            diverging = np.concatenate([idata.warmup_sample_stats["diverging"].values[chain],
                                        idata.sample_stats["diverging"].values[chain]])
            for count in np.unique(np.cumsum(diverging)):
                truth.allow(Divergences=float(count))
        return idata

    linear = fit(quadratic=False)
    quadratic = fit(quadratic=True)

    summary = az.summary(linear)
    print(summary, flush=True)
    for param, row in summary.iterrows():
        for column, value in row.items():
            name = f"{param}/{column}"
            if column == "sd" or column.startswith("mcse"):
                truth.allow(**{name: float(value)})
            else:
                truth.add(**{name: float(value)})

    loo = az.loo(linear)
    print(loo, flush=True)
    truth.add(**{"elpd_loo/Estimate": loo.elpd_loo, "p_loo/Estimate": loo.p_loo})
    truth.allow(**{"elpd_loo/SE": loo.se})
    k = np.asarray(loo.pareto_k)
    bins = {"good": k <= loo.good_k, "bad": (k > loo.good_k) & (k <= 1), "very bad": k > 1}
    for label, mask in bins.items():
        truth.allow(**{f"{label}/Count": float(mask.sum()),
                       f"{label}/Pct.": 100.0 * float(mask.mean())})

    compare = az.compare({"linear": linear, "quadratic": quadratic})
    print(compare, flush=True)
    for _, row in compare.iterrows():
        for column in ("elpd_loo", "p_loo", "elpd_diff", "weight"):
            truth.add(**{column: float(row[column])})
        truth.allow(se=float(row["se"]), dse=float(row["dse"]), rank=float(row["rank"]))
    truth.write("az.summary DataFrame (<param>/<column>; sd, mcse optional), az.loo ELPDData "
                "(SE and Pareto k counts optional), az.compare DataFrame (a point per model "
                "and column; se, dse, rank optional); progress-table values optional from "
                "the kept warm-up and sampling stats; settings = params",
                libraries=("pymc", "arviz", "pytensor"), params=settings,
                rel=1e-5, abs_tol=5.1e-3)  # az.summary rounds to 2-3 decimals


if __name__ == "__main__":
    main(__file__, {"pymc": run}, root=HELDOUT8)
