"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

openTSNE embedding 500 of scikit-learn's bundled digits with ``TSNE(..., verbose=True)``: a
ruled block with the estimator's repr (``TSNE(callbacks=..., early_exaggeration=12,
early_exaggeration_iter=100, n_iter=200, perplexity=25, random_state=0, verbose=True)``,
wrapped over lines), then ``===> Finding 75 nearest neighbors using exact search using
euclidean distance...`` / ``   --> Time elapsed: 0.02 seconds`` steps, ``===> Running
optimization with exaggeration=12.00, lr=41.67 for 100 iterations...`` and ``Iteration   50,
KL divergence 1.9883, 50 iterations in 0.0395 sec`` every 50 iterations (the iteration count
restarts in the second phase, ``exaggeration=1.00, lr=500.00 for 200 iterations``); a second
embedding with ``TSNE(n_iter=100, ...).prepare_initial(...).optimize(...)`` in the stepwise API
(the same lines); then the script's evaluation of the embedding: ``Final KL divergence:
0.3766`` and ``5-NN accuracy on the embedding: 0.9420 (5-fold CV)``.

Truth: the optimiser's callback (``callbacks_every_iters=50``: ``(iteration, error, embedding)``,
called at the same iterations the log prints) gives ``KL divergence`` at step ``Iteration``;
``Final KL divergence`` = ``embedding.kl_divergence``; the accuracy from scikit-learn's
``cross_val_score`` of a 5-NN classifier on the embedding (metric, no step). The ``50
iterations`` count optional; elapsed times, neighbour counts and the repr's numbers are in
neither map; the repr's and the ``Running optimization with exaggeration=12.00, lr=41.67``
settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def train() -> None:
    import numpy as np
    from openTSNE import TSNE
    from sklearn.datasets import load_digits
    from sklearn.model_selection import cross_val_score
    from sklearn.neighbors import KNeighborsClassifier

    truth = Truth()
    digits = load_digits()
    x, y = digits.data[:500], digits.target[:500]

    def record(iteration, error, embedding):
        truth.add(iteration, **{"KL divergence": error})
        truth.allow(iterations=50)
        return False

    tsne = TSNE(n_components=2, perplexity=25, n_iter=200, early_exaggeration_iter=100,
                verbose=True, random_state=0, n_jobs=1, callbacks=record,
                callbacks_every_iters=50)
    embedding = tsne.fit(x)
    print(f"Final KL divergence: {embedding.kl_divergence:.4f}")
    truth.add(**{"Final KL divergence": embedding.kl_divergence})
    acc = cross_val_score(KNeighborsClassifier(5), np.asarray(embedding), y, cv=5).mean()
    print(f"5-NN accuracy on the embedding: {acc:.4f} (5-fold CV)")
    truth.add(**{"5-NN accuracy on the embedding": acc})

    tsne2 = TSNE(perplexity=15, n_iter=100, verbose=True, random_state=1, n_jobs=1)
    init = tsne2.prepare_initial(x[:300])
    stage = init.optimize(n_iter=100, exaggeration=12, callbacks=record,
                          callbacks_every_iters=50)
    stage = stage.optimize(n_iter=100, callbacks=record, callbacks_every_iters=50)
    print(f"Final KL divergence: {stage.kl_divergence:.4f}")
    truth.add(**{"Final KL divergence": stage.kl_divergence})
    params = {"perplexity": 25, "n_iter": 200, "early_exaggeration": 12,
              "early_exaggeration_iter": 100, "random_state": 0, "exaggeration": 12.0,
              "lr": "[41.67, 500.0, 25.0, 300.0]"}
    truth.write("openTSNE: the optimizer callback's (iteration, error) every 50 iterations, as "
                "the log prints them; embedding.kl_divergence; sklearn cross_val_score of a "
                "5-NN classifier on the embedding", libraries=("openTSNE", "scikit-learn"),
                params=params, rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"opentsne": train}, root=HELDOUT5)
