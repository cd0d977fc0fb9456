"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

Three hand-written runs whose results are printed as uralpergin/Deep-Learning
``dl2024-ex05-reg-dl2024-sigma_learning/train_models.py`` prints them after training: a header
``Experiment             epoch  train loss   train acc   eval loss    eval acc``, per experiment a
rule of 76 dashes and, for every 10th and the last epoch, ``{experiment:20s} {epoch+1:7d} `` and
the four metrics ``{value:11.5f} ``. Here: NumPy softmax regression on scikit-learn's digits,
21 epochs, three settings (plain, weight decay, input dropout).

Truth: ``train/loss``, ``train/acc``, ``eval/loss``, ``eval/acc`` of each printed row at its
epoch; the three experiments share the names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    rng = np.random.default_rng(33)
    perm = rng.permutation(len(X))
    tr, ev = perm[:1300], perm[1300:]

    def train(wd, drop):
        r = np.random.default_rng(1)
        W = np.zeros((64, 10))
        metrics = [[], [], [], []]

        def stats(idx):
            z = X[idx] @ W
            z -= z.max(1, keepdims=True)
            p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
            return float(-np.log(p[np.arange(len(idx)), y[idx]]).mean()), float((p.argmax(1) == y[idx]).mean())

        for epoch in range(21):
            order = r.permutation(tr)
            for i in range(0, len(order), 100):
                b = order[i:i + 100]
                xb = X[b] * (r.random(X[b].shape) > drop) / (1 - drop)
                z = xb @ W
                z -= z.max(1, keepdims=True)
                p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
                p[np.arange(len(b)), y[b]] -= 1
                W -= 0.1 * (xb.T @ p / len(b) + wd * W)
            tl, ta = stats(tr)
            el, ea = stats(ev)
            for m, v in zip(metrics, (tl, ta, el, ea)):
                m.append(v)
        return metrics

    results = {"plain": train(0.0, 0.0), "weight_decay": train(0.01, 0.0),
               "input_dropout": train(0.0, 0.2)}
    truth = Truth()
    print("Experiment             epoch  train loss   train acc   eval loss    eval acc")
    for experiment, metrics in results.items():
        print("-" * 76)
        num_epochs = len(metrics[0])
        for epoch in range(num_epochs):
            if epoch % 10 == 0 or epoch == num_epochs-1:
                print(f"{experiment:20s} {epoch+1:7d} ", end="")
                for metric_value in metrics:
                    print(f"{metric_value[epoch]:11.5f} ", end="")
                print()
                truth.add(at=epoch + 1, **dict(zip(("train/loss", "train/acc", "eval/loss", "eval/acc"),
                                                   (m[epoch] for m in metrics))))
    truth.write("the script's full-batch loss and accuracy after each printed epoch",
                libraries=("numpy", "scikit-learn"), rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"uralpergin": run}, root=HELDOUT33)
