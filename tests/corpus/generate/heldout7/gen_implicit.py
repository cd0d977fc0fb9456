"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

Implicit-feedback recommenders with ``implicit``: alternating least squares, Bayesian
personalised ranking and logistic matrix factorisation on a sparse user-item matrix, each
evaluated with ``implicit.evaluation.ranking_metrics_at_k``:

* stdout, the script's lines: ``interactions: 400 users x 250 items, 5000 nonzeros``, a
  ``hyperparameters: factors=16 regularization=0.05 iterations=10 learning_rate=0.05`` line,
  then per model the returned dict printed after its name, ``ALS@10 {'precision':
  0.0718, 'map': 0.0287, 'ndcg': 0.0494, 'auc': 0.5156}``;
* stderr, implicit's tqdm bars: ALS's ``loss=0.0643`` postfix per iteration, BPR's
  ``train_auc=51.64%, skipped=5.77%``, LMF's bar with no postfix, and the evaluation's bars over
  users (no postfix).

Truth: the ``callback`` each ``fit`` calls after every iteration: ALS's ``loss``; BPR's
``(correct, skipped)`` counts turned into what its bar shows, ``train_auc`` = 100 x correct /
(nonzeros - skipped) and ``skipped`` = 100 x skipped / nonzeros (``skipped`` optional: sampling
bookkeeping), no step (the bars count iterations as progress); the dicts
``ranking_metrics_at_k`` returned (``precision``, ``map``, ``ndcg``, ``auc``, one point per
model, no step). The hyperparameter line is params; the counts are in neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import implicit
    import numpy as np
    import scipy.sparse as sp
    from implicit.evaluation import ranking_metrics_at_k, train_test_split

    truth = Truth()
    rng = np.random.default_rng(0)
    users, items = 400, 250
    taste = rng.normal(size=(users, 4)) @ rng.normal(size=(4, items))
    rows, cols = np.nonzero(taste + rng.normal(scale=2.0, size=taste.shape) > 3.2)
    matrix = sp.csr_matrix((rng.integers(1, 6, size=len(rows)).astype(np.float32),
                            (rows, cols)), shape=(users, items))
    hp = {"factors": 16, "regularization": 0.05, "iterations": 10, "learning_rate": 0.05}
    print(f"interactions: {users} users x {items} items, {matrix.nnz} nonzeros")
    print("hyperparameters: " + " ".join(f"{k}={v}" for k, v in hp.items()), flush=True)
    train, test = train_test_split(matrix, 0.8, random_state=0)

    def evaluate(name, model):
        metrics = ranking_metrics_at_k(model, train, test, K=10)
        sys.stderr.flush()
        print(f"{name}@10 {metrics}", flush=True)
        truth.add(**{k: float(v) for k, v in metrics.items()})

    als = implicit.als.AlternatingLeastSquares(
        factors=hp["factors"], regularization=hp["regularization"], iterations=hp["iterations"],
        calculate_training_loss=True, random_state=0)
    als.fit(train, callback=lambda it, elapsed, loss: truth.add(loss=loss))
    evaluate("ALS", als)

    nnz = train.nnz

    def bpr_progress(it, elapsed, correct, skipped):
        truth.add(train_auc=100.0 * correct / (nnz - skipped))
        truth.allow(skipped=100.0 * skipped / nnz)

    bpr = implicit.bpr.BayesianPersonalizedRanking(
        factors=hp["factors"], learning_rate=hp["learning_rate"],
        regularization=hp["regularization"], iterations=hp["iterations"], random_state=0)
    bpr.fit(train, callback=bpr_progress)
    evaluate("BPR", bpr)

    lmf = implicit.lmf.LogisticMatrixFactorization(
        factors=hp["factors"], learning_rate=1.0, regularization=hp["regularization"],
        iterations=hp["iterations"], random_state=0)
    lmf.fit(train)
    evaluate("LMF", lmf)
    truth.write("fit(callback=...) per iteration: ALS loss, BPR train_auc/skipped from its "
                "(correct, skipped) as its bar computes them; ranking_metrics_at_k's dicts; "
                "the hyperparameter line = params",
                libraries=("implicit", "numpy", "scipy"), params=hp,
                rel=5.1e-3, abs_tol=5.1e-5)  # tqdm's 3 significant digits; BPR's 2 decimals


if __name__ == "__main__":
    main(__file__, {"implicit": run}, root=HELDOUT7)
