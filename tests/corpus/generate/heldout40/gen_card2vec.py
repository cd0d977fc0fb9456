"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written skip-gram loop printing through afreefaw/MTG-card2vec ``LossCallback.py``: after
each epoch ``'Loss after epoch {}: {}'.format(self.epoch, loss)``, the first epoch the latest
cumulative training loss and the later ones its difference from the previous value (gensim's
``get_latest_training_loss`` is cumulative), unformatted floats. Here: skip-gram with negative
sampling in NumPy (gensim is not installed) on synthetic card decks, 20 epochs; the callback
keeps the original's arithmetic.

Truth: the printed per-epoch loss, named ``Loss after epoch`` (the whole label up to the
colon), at the epoch the line states.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import numpy as np

    truth = Truth()
    rng = np.random.default_rng(17)
    n_cards, dim, window, neg = 60, 16, 3, 4
    archetypes = [rng.choice(n_cards, 15, replace=False) for _ in range(5)]
    decks = [list(rng.choice(archetypes[rng.integers(5)], 12)) for _ in range(80)]
    W_in = (rng.random((n_cards, dim)) - 0.5) / dim
    W_out = np.zeros((n_cards, dim))

    class Model:
        running_loss = 0.0

        def get_latest_training_loss(self):
            return self.running_loss

    model = Model()

    class LossCallback:
        def __init__(self):
            self.epoch = 0

        def on_epoch_end(self, model):
            loss = model.get_latest_training_loss()
            if self.epoch == 0:
                print('Loss after epoch {}: {}'.format(self.epoch, loss))
                truth.add(at=self.epoch, **{"Loss after epoch": loss})
            else:
                print('Loss after epoch {}: {}'.format(self.epoch, loss - self.loss_previous_step))
                truth.add(at=self.epoch, **{"Loss after epoch": loss - self.loss_previous_step})
            self.epoch += 1
            self.loss_previous_step = loss

    callback = LossCallback()
    lr = 0.025
    sig = lambda z: 1 / (1 + np.exp(-z))
    for epoch in range(20):
        for deck in decks:
            for i, c in enumerate(deck):
                for j in range(max(0, i - window), min(len(deck), i + window + 1)):
                    if j == i:
                        continue
                    targets = [deck[j]] + list(rng.integers(0, n_cards, neg))
                    labels = np.array([1.0] + [0.0] * neg)
                    v = W_in[c]
                    u = W_out[targets]
                    p = sig(u @ v)
                    model.running_loss += float(-np.log(p[0] + 1e-9) - np.log(1 - p[1:] + 1e-9).sum())
                    g = (labels - p) * lr
                    W_in[c] += g @ u
                    W_out[targets] += np.outer(g, v)
        callback.on_epoch_end(model)
    truth.write("the callback's printed differences of the cumulative loss",
                libraries=("numpy",), rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"card2vec": run}, root=HELDOUT40)
