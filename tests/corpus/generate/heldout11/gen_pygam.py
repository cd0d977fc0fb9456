"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

Generalised additive models with pyGAM, as its documentation fits them: ``gridsearch`` over the
smoothing penalty (a progressbar2 bar over the candidates, on stderr), then ``summary()``: a
two-column block (``Distribution: NormalDist   Effective DoF: 14.6398``, ``Link Function: ...
Log Likelihood: -54.975``, ``Number of Samples: 300   AIC: 141.2296``, ``AICc``, ``GCV`` or
``UBRE``, ``Scale``, ``Pseudo R-Squared``), a per-term table (``Feature Function  Lambda  Rank
EDoF  P > x  Sig. Code``) and its warnings. Three models: a ``LinearGAM`` on synthetic data, a
``LogisticGAM`` on scikit-learn's bundled breast-cancer data (then the documented
``print(gam.accuracy(X, y))``), and a ``PoissonGAM`` on synthetic counts.

Truth: each model's ``statistics_`` dict, as ``summary()`` rounds it: ``Log Likelihood``
(``loglikelihood``), ``AIC``, ``AICc``, ``GCV`` or ``UBRE`` (whichever the distribution's
known scale selects, as ``summary`` does), ``Scale`` and ``Pseudo R-Squared``
(``pseudo_r2['explained_deviance']``) are metrics; ``Effective DoF`` (``edof``) and ``Number of
Samples`` optional. The term table (``<term>/Rank``, ``<term>/EDoF`` from ``edof_per_coef``
summed per term, ``<term>/P > x`` from ``p_values``) optional; its ``Lambda`` lists in neither
map. ``gam.accuracy`` as ``accuracy`` (the script's print, labelled). The settings line is
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 0, "n_samples": 300, "noise": 0.3, "lam_grid": "logspace(-3, 3, 7)",
            "n_splines": 12, "poisson_n": 400}


def record(truth: Truth, gam) -> None:
    """What ``summary()`` prints, from the model's own statistics."""
    import numpy as np

    st = gam.statistics_
    objective = "UBRE" if gam.distribution._known_scale else "GCV"
    truth.add(**{"Log Likelihood": st["loglikelihood"], "AIC": st["AIC"], "AICc": st["AICc"],
                 objective: st[objective], "Scale": st["scale"],
                 "Pseudo R-Squared": st["pseudo_r2"]["explained_deviance"]})
    truth.allow(**{"Effective DoF": st["edof"], "Number of Samples": st["n_samples"]})
    start = 0
    for i, term in enumerate(gam.terms):
        n = term.n_coefs
        name = "intercept" if term.isintercept else repr(term).split(" ")[0]
        truth.allow(**{f"{name}/Rank": n,
                       f"{name}/EDoF": float(np.sum(st["edof_per_coef"][start:start + n])),
                       f"{name}/P > x": st["p_values"][i]})
        start += n


def run() -> None:
    import warnings

    import numpy as np
    from pygam import LinearGAM, LogisticGAM, PoissonGAM, f, l, s
    from sklearn.datasets import load_breast_cancer

    warnings.simplefilter("always")
    st = SETTINGS
    truth = Truth()
    rng = np.random.default_rng(st["seed"])
    lams = np.logspace(-3, 3, 7)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in st.items()), flush=True)

    print("\n== LinearGAM", flush=True)
    X = rng.uniform(-3, 3, size=(st["n_samples"], 3))
    y = np.sin(X[:, 0]) + 0.5 * X[:, 1] ** 2 + 0.3 * X[:, 2] + rng.normal(0, st["noise"],
                                                                          st["n_samples"])
    gam = LinearGAM(s(0, n_splines=st["n_splines"]) + s(1, n_splines=st["n_splines"]) + l(2))
    gam.gridsearch(X, y, lam=lams)
    gam.summary()
    record(truth, gam)

    print("\n== LogisticGAM", flush=True)
    data = load_breast_cancer()
    Xc, yc = data.data[:, [0, 1, 4, 7]], data.target
    gam = LogisticGAM(s(0, n_splines=st["n_splines"]) + s(1, n_splines=st["n_splines"])
                      + s(2, n_splines=st["n_splines"]) + s(3, n_splines=st["n_splines"]))
    gam.gridsearch(Xc, yc, lam=lams)
    gam.summary()
    record(truth, gam)
    accuracy = gam.accuracy(Xc, yc)
    print(f"accuracy: {accuracy}", flush=True)
    truth.add(accuracy=accuracy)

    print("\n== PoissonGAM", flush=True)
    n = st["poisson_n"]
    Xp = np.column_stack([rng.uniform(0, 1, n), rng.integers(0, 3, n)])
    rate = np.exp(1.0 + np.sin(2 * np.pi * Xp[:, 0]) + 0.4 * Xp[:, 1])
    yp = rng.poisson(rate)
    gam = PoissonGAM(s(0, n_splines=st["n_splines"]) + f(1)).gridsearch(Xp, yp, lam=lams)
    gam.summary()
    record(truth, gam)
    sys.stdout.flush()
    truth.write("pygam statistics_ as summary() rounds them (loglikelihood, AIC, AICc, GCV/UBRE, "
                "scale, pseudo_r2 explained_deviance); edof, n_samples and the term table "
                "optional; gam.accuracy as accuracy; settings = params",
                libraries=("pygam", "numpy", "scipy", "scikit-learn", "progressbar2"),
                params=st, rel=1e-9, abs_tol=5.1e-5)  # np.round(..., 4)


if __name__ == "__main__":
    main(__file__, {"pygam": run}, root=HELDOUT11)
