"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

hmmlearn fitting Gaussian HMMs with ``verbose=True`` and choosing the number of states as its
model-selection example does:

* EM's convergence report on stderr, a headerless three-column table per fit (iteration,
  log-likelihood, its change: ``         2   -1185.60222728     +48.05040494``, ``+nan`` in
  the first row);
* per candidate ``n_components=3: log-likelihood=-1176.84, AIC=2393.68, BIC=2467.75`` (stdout);
* for the chosen model ``print(model.monitor_)``: the ``ConvergenceMonitor(`` repr over lines
  (``history=[-1233.65..., ...]``, ``iter=14,``, ``n_iter=20,``, ``tol=0.01,``,
  ``verbose=True,``), ``Converged: True``, ``Transition matrix:`` and ``Means:`` (NumPy
  arrays), ``Test log-likelihood: -391.1872``.

Truth from the models: ``log-likelihood`` (``score``), ``AIC`` and ``BIC`` (hmmlearn's
``aic``/``bic``) per candidate, no step; ``Test log-likelihood`` from ``score`` on held-out
samples. The convergence tables have no header, so nothing names their numbers: they are in
neither map (a parsed point from them is a false positive, by name). The monitor's ``iter`` is
optional (a count), ``n_iter`` and ``tol`` are params (the monitor's settings); arrays and the
``history`` list are neither.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main


def train() -> None:
    import numpy as np
    from hmmlearn import hmm

    truth = Truth()
    rng = np.random.default_rng(0)
    means = np.array([[0.0, 0.0], [3.0, 3.0], [0.0, 4.0]])
    states = rng.integers(0, 3, 400)
    X = means[states] + rng.normal(size=(400, 2))
    X_train, X_test = X[:300], X[300:]
    models = {}
    for k in (2, 3, 4):
        model = hmm.GaussianHMM(n_components=k, n_iter=20, tol=0.01, verbose=True,
                                random_state=0).fit(X_train)
        ll, aic, bic = model.score(X_train), model.aic(X_train), model.bic(X_train)
        print(f"n_components={k}: log-likelihood={ll:.2f}, AIC={aic:.2f}, BIC={bic:.2f}")
        truth.add(**{"log-likelihood": ll, "AIC": aic, "BIC": bic})
        models[k] = (bic, model)
    best = min(models.values(), key=lambda item: item[0])[1]
    print(best.monitor_)
    truth.allow(iter=best.monitor_.iter)
    print(f"Converged: {best.monitor_.converged}")
    print("Transition matrix:")
    print(best.transmat_.round(3))
    print("Means:")
    print(best.means_.round(3))
    test_ll = best.score(X_test)
    print(f"Test log-likelihood: {test_ll:.4f}")
    truth.add(**{"Test log-likelihood": test_ll})
    truth.write("GaussianHMM.score/aic/bic per candidate under the printed labels, no step; "
                "score on the held-out samples; the headerless EM convergence tables in "
                "neither map; the monitor's iter optional, n_iter and tol params",
                libraries=("hmmlearn", "numpy"), params={"n_iter": 20, "tol": 0.01},
                rel=1e-9, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"hmmlearn": train}, root=HELDOUT4)
