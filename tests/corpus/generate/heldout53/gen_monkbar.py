"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A NumPy network trained and shown as vornao/neural-network-from-scratch ``src/network.py``
(``Network.train``, ``epoch_stats``, ``update_bar``) with ``src/callbacks.py``
(``EarlyStopping``): one ``tqdm`` bar over the epochs, ``desc="Training"``, ``bar_format='{desc}:
{percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt}[{postfix}]'``, updated after every epoch with
``set_postfix({"loss": tr_loss, "val_loss": val_loss, "val_acc": val_metric})`` (tqdm shows
the NumPy floats to three significant digits), and ``Early stopping`` when the validation loss
has not improved for ``patience`` epochs. Here: MONK-1 (generated from its rule, 124 training and
308 validation patterns, one-hot), a 17-4-1 tanh/sigmoid network with per-pattern updates (eta
0.1), MSE loss, binary accuracy, 8 epochs, patience 3; the bar is never closed, as in the
original.

Truth: every postfix state once: ``train/loss`` (the description ``Training`` names the phase),
``val_loss`` and ``val_acc`` (their labels carry their phase), without a step (the bar's count
is no labelled step); tolerance for tqdm's three significant digits.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import itertools

    import numpy as np
    from tqdm.auto import tqdm

    rng = np.random.default_rng(16)
    sizes = [3, 3, 2, 3, 4, 2]
    rows = list(itertools.product(*[range(1, s + 1) for s in sizes]))
    labels = np.array([[float(r[0] == r[1] or r[4] == 1)] for r in rows])
    onehot = np.array([np.concatenate([np.eye(s)[v - 1] for s, v in zip(sizes, r)])
                       for r in rows])
    order = rng.permutation(len(rows))
    tr, va = order[:124], order[124:]
    train_data, train_labels = onehot[tr], labels[tr]
    val_data, val_labels = onehot[va], labels[va]

    fmt = '{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt}[{postfix}]'
    W1 = rng.uniform(-0.5, 0.5, (4, 17))
    b1 = np.full((4, 1), 0.5)
    W2 = rng.uniform(-0.5, 0.5, (1, 4))
    b2 = np.full((1, 1), 0.5)
    eta, epochs, patience = 0.1, 8, 3
    truth = Truth()

    def forward(x):
        h = np.tanh(W1 @ x + b1)
        return h, 1 / (1 + np.exp(-(W2 @ h + b2)))

    def multiple_outputs(patterns):
        return np.array([forward(p.reshape(-1, 1))[1] for p in patterns])

    def mse(outputs, targets):
        return np.mean((outputs.reshape(-1) - targets.reshape(-1)) ** 2)

    def accuracy(outputs, targets):
        return np.mean((outputs.reshape(-1) > 0.5) == (targets.reshape(-1) > 0.5))

    bar = tqdm(total=epochs, desc="Training", leave=True, bar_format=fmt)
    best_loss, counter, training = np.inf, 0, True
    for epoch in range(epochs):
        if not training:
            break
        for x, target in zip(train_data, train_labels):
            x = x.reshape(-1, 1)
            h, out = forward(x)
            d2 = (out - target) * out * (1 - out)
            d1 = (W2.T @ d2) * (1 - h ** 2)
            W2 -= eta * d2 @ h.T
            b2 -= eta * d2
            W1 -= eta * d1 @ x.T
            b1 -= eta * d1
        tr_loss = mse(multiple_outputs(train_data), train_labels)
        val_loss = mse(multiple_outputs(val_data), val_labels)
        val_metric = accuracy(multiple_outputs(val_data), val_labels)
        bar.set_postfix({"loss": tr_loss, "val_loss": val_loss, "val_acc": val_metric})
        bar.update(1)
        truth.add(**{"train/loss": tr_loss, "val_loss": val_loss, "val_acc": val_metric})
        if val_loss < best_loss:
            best_loss, counter = val_loss, 0
        else:
            counter += 1
        if counter >= patience:
            training = False
            print("Early stopping")
    truth.write("the network's epoch losses and validation accuracy", libraries=("tqdm",),
                rel=5e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"monkbar": run}, root=HELDOUT53)
