"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Bayesian model checking with ArviZ on the eight-schools data: posterior draws of a
hierarchical model (4 chains of 500 draws of ``mu`` and ``tau``, drawn by the script with
NumPy: ``mu`` from its exact posterior under a flat prior, ``tau`` half-normal) and a
complete-pooling model (``mu`` only), turned into ``InferenceData`` (``az.from_dict`` with the
pointwise log-likelihood). Printed by ArviZ: ``az.summary(..., kind="stats")`` and
``kind="diagnostics"`` of the first (``mean sd hdi_3% hdi_97%``; ``mcse_mean mcse_sd ess_bulk
ess_tail r_hat``, one row per variable), then ``az.loo`` of both models (``Computed from 2000
posterior samples and 8 observations log-likelihood matrix.``, an ``Estimate SE`` table of
``elpd_loo`` and ``p_loo`` and the ``Pareto k diagnostic values:`` counts) and ``az.waic`` of
the first (``elpd_waic``, ``p_waic``). ArviZ's refactor ``FutureWarning`` goes to stderr.

Truth: ArviZ's returned objects: the summary frames as ``<variable>/<column>`` (``mu/sd``,
``tau/ess_bulk``), the ``ELPDData`` of each ``loo``/``waic`` (``elpd_loo/Estimate``,
``elpd_loo/SE`` from ``se``, ``p_loo/Estimate``; the same for ``waic``). Optional: the sample
and observation counts of the ``Computed from`` line, the Pareto k table's ``Count`` and
``Pct.`` (computed from the returned ``pareto_k`` with the returned ``good_k`` as ArviZ's
printer bins it). Judgement: the two ``loo`` blocks are different models, unstepped, sharing
names; ``p_loo``'s ``SE`` is printed as ``-`` (no number); the draws are the script's, the
printed numbers ArviZ's.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

Y = [28.0, 8.0, -3.0, 7.0, -1.0, 1.0, 18.0, 12.0]
SIGMA = [15.0, 10.0, 16.0, 11.0, 9.0, 11.0, 10.0, 18.0]


def run() -> None:
    import arviz as az
    import numpy as np

    rng = np.random.default_rng(0)
    y, s = np.array(Y), np.array(SIGMA)
    chains, draws = 4, 500
    w = 1 / s**2
    mu = rng.normal((w * y).sum() / w.sum(), np.sqrt(1 / w.sum()), (chains, draws))
    tau = np.abs(rng.normal(0, 5, (chains, draws)))
    ll = -0.5 * ((y - mu[..., None]) / s) ** 2 - np.log(s * np.sqrt(2 * np.pi))
    hier = az.from_dict(posterior={"mu": mu, "tau": tau}, log_likelihood={"y": ll},
                        observed_data={"y": y})
    mu2 = rng.normal(y.mean(), 4.0, (chains, draws))
    ll2 = -0.5 * ((y - mu2[..., None]) / s) ** 2 - np.log(s * np.sqrt(2 * np.pi))
    pooled = az.from_dict(posterior={"mu": mu2}, log_likelihood={"y": ll2},
                          observed_data={"y": y})
    truth = Truth()
    for kind in ("stats", "diagnostics"):
        frame = az.summary(hier, kind=kind)
        print(frame)
        for var in frame.index:
            truth.add(**{f"{var}/{col}": frame.loc[var, col] for col in frame.columns})
    for data in (hier, pooled):
        elpd = az.loo(data)
        print(elpd)
        record_elpd(truth, elpd, "loo")
        k, good = np.asarray(elpd["pareto_k"]), float(elpd["good_k"])
        bins = (("(-Inf, %.2f] (good)" % good, k <= good),
                ("(%.2f, 1] (bad)" % good, (k > good) & (k <= 1)), ("(1, Inf) (very bad)", k > 1))
        for label, mask in bins:
            truth.allow(**{f"{label}/Count": mask.sum(), f"{label}/Pct.": 100 * mask.mean()})
    elpd = az.waic(hier)
    print(elpd)
    record_elpd(truth, elpd, "waic")
    sys.stdout.flush()
    truth.write("az.summary frames (<variable>/<column>), the ELPDData of az.loo and az.waic "
                "(elpd_<ic>/Estimate, elpd_<ic>/SE, p_<ic>/Estimate); counts and the Pareto k "
                "table optional; unstepped", libraries=("arviz", "numpy", "pandas"),
                params=None, rel=5e-4, abs_tol=6e-3)  # 2-3 decimals as printed


def record_elpd(truth: Truth, elpd, ic: str) -> None:
    truth.add(**{f"elpd_{ic}/Estimate": elpd[f"elpd_{ic}"], f"elpd_{ic}/SE": elpd["se"],
                 f"p_{ic}/Estimate": elpd[f"p_{ic}"]})
    truth.allow(**{"posterior samples": elpd["n_samples"],
                   "observations": elpd["n_data_points"]})


if __name__ == "__main__":
    main(__file__, {"arviz": run}, root=HELDOUT16)
