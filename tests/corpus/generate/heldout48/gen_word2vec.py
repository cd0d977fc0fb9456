"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written skip-gram loop printing as measic/gptidy-development
``Evaluation/renaming/determining_files_rename/random_samples_variables/126.py`` (a sample of the
word2vec notebook the repository renames variables in): ``Initialized``, every 500th step
``print('Average loss at step %d: %f' % (step, average_loss))`` (the loss summed over the last
500 steps divided by 500; at step 0 the first batch's loss alone), and every 2500th step one
``Nearest to w3: w17, w41, ...,`` line per validation word. Here: skip-gram with negative
sampling written out in NumPy on a synthetic corpus of 60 words generated from topic clusters,
batches of 64 pairs, 10001 steps.

Truth: ``Average loss`` at the printed step; the nearest-word lists are no metrics.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(126)
    V, D, topics = 60, 16, 6
    words = [f"w{i}" for i in range(V)]
    corpus = []
    for _ in range(4000):
        t = rng.integers(topics)
        corpus.extend(rng.integers(t * 10, t * 10 + 10, size=5))
    corpus = np.array(corpus)
    emb = rng.uniform(-1, 1, (V, D)) * 0.1
    out = np.zeros((V, D))
    valid_examples = [3, 17, 41]
    print('Initialized')
    average_loss = 0.0
    truth = Truth()
    lr, skip_window, neg = 0.5, 2, 4
    sig = lambda z: 1 / (1 + np.exp(-z))
    for step in range(10001):
        centers = rng.integers(skip_window, len(corpus) - skip_window, 64)
        offs = rng.choice([-2, -1, 1, 2], 64)
        c, o = corpus[centers], corpus[centers + offs]
        negs = rng.integers(0, V, (64, neg))
        vc = emb[c]
        pos = sig(np.sum(vc * out[o], 1))
        nsc = sig(-np.einsum('bd,bkd->bk', vc, out[negs]))
        l = float(np.mean(-np.log(pos + 1e-10) - np.log(nsc + 1e-10).sum(1)))
        gpos = (pos - 1)[:, None]
        gneg = (1 - nsc)[:, :, None]
        grad_c = gpos * out[o] + (gneg * out[negs]).sum(1)
        np.add.at(out, o, -lr * gpos * vc / 64)
        np.add.at(out, negs.ravel(), -lr * (gneg * vc[:, None, :]).reshape(-1, D) / 64)
        np.add.at(emb, c, -lr * grad_c / 64)
        average_loss += l
        if step % 500 == 0:
            if step > 0:
                average_loss = average_loss / 500
            print('Average loss at step %d: %f' % (step, average_loss))
            truth.add(at=step, **{"Average loss": average_loss})
            average_loss = 0
        if step % 2500 == 0:
            norm = emb / np.sqrt((emb ** 2).sum(1, keepdims=True))
            sim = norm[valid_examples] @ norm.T
            for i, vw in enumerate(valid_examples):
                nearest = (-sim[i, :]).argsort()[1:9]
                log = 'Nearest to %s:' % words[vw]
                for k in range(8):
                    log = '%s %s,' % (log, words[nearest[k]])
                print(log)
    truth.write("the loop's averaged negative-sampling loss", libraries=("numpy",), rel=1e-5,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"word2vec": run}, root=HELDOUT48)
