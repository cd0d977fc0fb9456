"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Latent Dirichlet allocation with ``lda`` (PyPI ``lda``, collapsed Gibbs sampling in Cython),
on a seeded synthetic document-term matrix (200 documents of 40 words from four topics of 25
words), fitted twice (``n_topics`` 4 and 8, 300 iterations, ``refresh=30``, seeded) with
``logging.basicConfig(level=logging.INFO)`` as a script sets up logging: lda logs its setup
(``INFO:lda:n_documents: 200``, ``vocab_size``, ``n_words``, ``n_topics``, ``n_iter``) and
every 30th iteration ``INFO:lda:<30> log likelihood: -33557`` (the complete log likelihood,
rounded to a whole number), then the last iteration's (``<299>``) after sampling ends.

Truth: the model's own record, read by the same process: ``loglikelihoods_`` (the values it
logged during sampling, one per refresh) and, for the closing line, ``loglikelihood()`` called
on the fitted model (the same method lda calls for it: it keeps that value nowhere), as ``log
likelihood`` stepped by the iteration in ``<...>``. Params (printed configuration): ``n_topics``
and ``n_iter`` (the first fit's values). Optional: ``n_documents``, ``vocab_size``, ``n_words``
(the data's counts). Judgement: the two fits restart their iterations (two series under one
name, stepped).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main


def run() -> None:
    import logging

    import lda
    import numpy as np

    logging.basicConfig(level=logging.INFO)
    rng = np.random.default_rng(0)
    X = np.zeros((200, 100), dtype=np.int64)
    for d in range(200):
        theta = rng.dirichlet([0.3] * 4)
        for t in rng.choice(4, size=40, p=theta):
            X[d, t * 25 + rng.integers(25)] += 1
    truth = Truth()
    for n_topics in (4, 8):
        model = lda.LDA(n_topics=n_topics, n_iter=300, random_state=1, refresh=30)
        model.fit(X)
        for i, ll in enumerate(model.loglikelihoods_):
            truth.add(at=i * 30, **{"log likelihood": ll})
        truth.add(at=299, **{"log likelihood": model.loglikelihood()})
        truth.allow(n_documents=X.shape[0], vocab_size=X.shape[1], n_words=int(X.sum()))
    from importlib.metadata import version
    truth.write(f"lda {version('lda')}: loglikelihoods_ and, for the closing line, "
                "loglikelihood() of the fitted model, as log likelihood stepped by <iteration>; "
                "n_topics and n_iter as params; the data's counts optional",
                libraries=("lda", "numpy"), params={"n_topics": 4, "n_iter": 300},
                rel=1e-9, abs_tol=0.5)  # whole numbers


if __name__ == "__main__":
    main(__file__, {"lda": run}, root=HELDOUT17)
