"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A random hyperparameter search printing as the run kept in TimothyQuark/i2dl
``exercise_06/personal/rand_search1.md``: ``Evaluating Config #1 [of 60]:``, then the config
dict on the next line after a space (``{'learning_rate': 0.000116..., 'reg': 1.06...e-05,
'activation': <class '...LeakyRelu'>, ..., 'hidden_size': 214}``), then per epoch ``(Epoch 1 /
10) train loss: 2.300567; val loss: 2.278576``, and an empty line after each config. Here: a
NumPy two-layer network (ReLU or LeakyReLU, L2 regularisation) on scikit-learn's 8x8 digits,
3 random configs of 6 epochs (the ``[of 3]`` count as printed), full-batch gradient descent
steps within each epoch.

Truth: the script's epoch losses, ``train/loss`` and ``val/loss``, at the epoch the line states
(the count restarts with each config; the three runs share the names). The sampled
``learning_rate``, ``reg`` and ``hidden_size`` are settings: optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    class Relu:
        pass

    class LeakyRelu:
        pass

    class CrossEntropyFromLogits:
        pass

    for cls in (Relu, LeakyRelu, CrossEntropyFromLogits):
        cls.__qualname__ = cls.__name__
    Relu.__module__ = LeakyRelu.__module__ = "exercise_code.networks.layer"
    CrossEntropyFromLogits.__module__ = "exercise_code.networks.loss"
    rng = np.random.default_rng(32)
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    Xtr, ytr, Xva, yva = X[:1400], y[:1400], X[1400:], y[1400:]
    truth = Truth()
    n_configs, epochs = 3, 6

    def loss_of(p, yy):
        return float(-np.log(p[np.arange(len(yy)), yy] + 1e-12).mean())

    for c in range(1, n_configs + 1):
        config = {"learning_rate": float(10 ** rng.uniform(-1.5, -0.5)),
                  "reg": float(10 ** rng.uniform(-6, -4)),
                  "activation": LeakyRelu if rng.random() < 0.5 else Relu,
                  "loss_func": CrossEntropyFromLogits, "num_layer": 2,
                  "hidden_size": int(rng.integers(32, 128))}
        print(f"\nEvaluating Config #{c} [of {n_configs}]:\n", config)
        truth.allow(learning_rate=config["learning_rate"], reg=config["reg"],
                    hidden_size=config["hidden_size"])
        H = config["hidden_size"]
        slope = 0.01 if config["activation"] is LeakyRelu else 0.0
        W1 = rng.normal(0, 0.1, (64, H))
        W2 = rng.normal(0, 0.1, (H, 10))

        def forward(A):
            z = A @ W1
            h = np.where(z > 0, z, slope * z)
            o = h @ W2
            o -= o.max(1, keepdims=True)
            p = np.exp(o)
            return z, h, p / p.sum(1, keepdims=True)

        for epoch in range(1, epochs + 1):
            for _ in range(10):
                z, h, p = forward(Xtr)
                g = p.copy()
                g[np.arange(len(ytr)), ytr] -= 1
                g /= len(ytr)
                gW2 = h.T @ g + config["reg"] * W2
                gh = g @ W2.T * np.where(z > 0, 1.0, slope)
                gW1 = Xtr.T @ gh + config["reg"] * W1
                W1 -= config["learning_rate"] * 10 * gW1
                W2 -= config["learning_rate"] * 10 * gW2
            train_loss = loss_of(forward(Xtr)[2], ytr)
            val_loss = loss_of(forward(Xva)[2], yva)
            print(f"(Epoch {epoch} / {epochs}) train loss: {train_loss:.6f}; val loss: {val_loss:.6f}")
            truth.add(at=epoch, **{"train/loss": train_loss, "val/loss": val_loss})
    truth.write("the script's epoch losses on its train and validation splits",
                libraries=("numpy", "scikit-learn"), rel=1e-5, abs_tol=0.0000005)


if __name__ == "__main__":
    main(__file__, {"randsearch": run}, root=HELDOUT32)
