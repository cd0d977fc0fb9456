"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

NumPy stochastic gradient descent printing as xavi1989/cs231n ``cs224d/assignment1/q3_sgd.py``
(the course's ``sgd``, Python 2 prints kept as Python 3 output): ``Running sanity checks...``,
the three quadratic sanity runs with ``iter %d: %f`` every 100 iterations (an exponentially
smoothed cost, 0.95/0.05, after the iteration number; no other label) and ``test 1 result:
<x>``, a blank line, then a skip-gram word2vec run on a toy corpus with ``iter %d: %f`` every 10
iterations. Here: the sanity checks as in the script (1000 iterations, step 0.01), then 5-dim
vectors for a 12-word vocabulary with negative sampling, batches of 20 contexts, 200 iterations.

Truth: the smoothed cost under ``iter`` (the only label on its line), at the printed iteration;
the three sanity results are optional (``test 1 result`` ..).
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import random

    import numpy as np

    random.seed(31415)
    np.random.seed(9265)
    truth = Truth()

    def sgd(f, x0, step, iterations, PRINT_EVERY=10):
        ANNEAL_EVERY = 20000
        x = x0
        expcost = None
        for it in range(1, iterations + 1):
            cost, grad = f(x)
            x = x - grad * step
            if it % PRINT_EVERY == 0:
                if not expcost:
                    expcost = cost
                else:
                    expcost = .95 * expcost + .05 * cost
                print("iter %d: %f" % (it, expcost))
                truth.add(at=it, iter=expcost)
            if it % ANNEAL_EVERY == 0:
                step *= 0.5
        return x

    quad = lambda x: (np.sum(x ** 2), x * 2)
    print("Running sanity checks...")
    for k, x0 in enumerate((0.5, 0.0, -1.5), start=1):
        t = sgd(quad, x0, 0.01, 1000, PRINT_EVERY=100)
        print("test %d result:" % k, t)
        truth.allow(**{f"test {k} result": t})
    print("")

    words = "the cat sat on a mat dog ran in park big small".split()
    V, D = len(words), 5
    corpus = [random.randrange(V) for _ in range(400)]

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def w2v_cost(vecs):
        inp, out = vecs[:V], vecs[V:]
        cost, grad = 0.0, np.zeros_like(vecs)
        for _ in range(20):
            i = random.randrange(2, len(corpus) - 2)
            c = corpus[i]
            for o in (corpus[i - 1], corpus[i + 1]):
                negs = [random.randrange(V) for _ in range(5)]
                s = sigmoid(out[o] @ inp[c])
                cost -= np.log(s)
                grad[c] -= (1 - s) * out[o]
                grad[V + o] -= (1 - s) * inp[c]
                for k in negs:
                    sn = sigmoid(-out[k] @ inp[c])
                    cost -= np.log(sn)
                    grad[c] += (1 - sn) * out[k]
                    grad[V + k] += (1 - sn) * inp[c]
        return cost / 20, grad / 20

    vecs = np.concatenate(((np.random.rand(V, D) - 0.5) / D, np.zeros((V, D))), axis=0)
    sgd(w2v_cost, vecs, 0.3, 200, PRINT_EVERY=10)
    truth.write("the script's exponentially smoothed cost", libraries=("numpy",),
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"cs224dsgd": run}, root=HELDOUT57)
