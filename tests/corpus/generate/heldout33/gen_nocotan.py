"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written born-again distillation loop printing as nocotan/born_again_neuralnet
``common/logger.py`` does: ``print_args`` (``weight:  0.5``, ``lr:  0.05``, ... print's own
separators), then every ``print_interval`` iterations ``epoch: {}, iter: {}, train_loss: {},
val_loss: {}`` (unformatted floats). Here: NumPy softmax regression on scikit-learn's digits,
two generations (the second distilled from the first), 2 epochs each.

Truth: ``train_loss``, ``val_loss`` of each line, no step (the line states epoch and iter, and
both restart each generation); the printed arguments as params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


class Args:
    weight = 0.5
    lr = 0.05
    n_epoch = 2
    batch_size = 64
    n_gen = 2
    dataset = "digits"
    outdir = "./snapshots"
    print_interval = 5


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    args = Args()
    print("weight: ", args.weight)
    print("lr: ", args.lr)
    print("n_epoch: ", args.n_epoch)
    print("batch_size: ", args.batch_size)
    print("n_gen: ", args.n_gen)
    print("dataset: ", args.dataset)
    print("outdir: ", args.outdir)
    print("print_interval: ", args.print_interval)
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    rng = np.random.default_rng(33)
    perm = rng.permutation(len(X))
    tr, va = perm[:1400], perm[1400:]
    onehot = np.eye(10)

    def softmax(z):
        z = z - z.max(1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(1, keepdims=True)

    truth = Truth()
    teacher = None
    for gen in range(args.n_gen):
        W = np.zeros((64, 10))
        for epoch in range(args.n_epoch):
            order = rng.permutation(tr)
            for it, i in enumerate(range(0, len(order), args.batch_size)):
                b = order[i:i + args.batch_size]
                p = softmax(X[b] @ W)
                target = onehot[y[b]]
                if teacher is not None:
                    target = (1 - args.weight) * target + args.weight * softmax(X[b] @ teacher)
                train_loss = float(-(target * np.log(p)).sum(1).mean())
                W -= args.lr * 10 * X[b].T @ (p - target) / len(b)
                if it % args.print_interval == 0:
                    pv = softmax(X[va] @ W)
                    val_loss = float(-np.log(pv[np.arange(len(va)), y[va]]).mean())
                    print("epoch: {}, iter: {}, train_loss: {}, val_loss: {}".format(
                        epoch, it, train_loss, val_loss,
                    ))
                    truth.add(train_loss=train_loss, val_loss=val_loss)
        teacher = W
    truth.write("the script's batch loss and validation loss at each printed iteration",
                libraries=("numpy", "scikit-learn"), rel=1e-9,
                params={k: getattr(args, k) for k in ("weight", "lr", "n_epoch", "batch_size", "n_gen",
                                                       "dataset", "outdir", "print_interval")})


if __name__ == "__main__":
    main(__file__, {"nocotan": run}, root=HELDOUT33)
