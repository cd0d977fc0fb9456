"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written k-fold loop printing as Shen-Lab/GraphCL ``semisupervised_TU/finetuning/utils.py``
(``logger``) does: at epoch 1 and every 10th, ``{:02d}/{:03d}: Train Acc: {:.3f}, Test Accuracy:
{:.3f}`` (fold, epoch). Here: NumPy logistic regression on scikit-learn's breast cancer set,
3 folds of 30 epochs.

Truth: ``train/Acc`` and ``test/Accuracy`` of each line, no step (fold and epoch).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import sys as _sys
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    def logger(info):
        fold, epoch = info['fold'], info['epoch']
        if epoch == 1 or epoch % 10 == 0:
            train_acc, test_acc = info['train_acc'], info['test_acc']
            print('{:02d}/{:03d}: Train Acc: {:.3f}, Test Accuracy: {:.3f}'.format(
                fold, epoch, train_acc, test_acc))
            truth.add(**{"train/Acc": train_acc, "test/Accuracy": test_acc})
        _sys.stdout.flush()

    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    rng = np.random.default_rng(33)
    folds = np.array_split(rng.permutation(len(X)), 3)
    truth = Truth()
    for fold in range(3):
        te = folds[fold]
        tr = np.concatenate([f for k, f in enumerate(folds) if k != fold])
        w = rng.normal(0, 0.3, 30)
        for epoch in range(1, 31):
            p = 1 / (1 + np.exp(-(X[tr] @ w)))
            w -= 0.002 * X[tr].T @ (p - y[tr]) / len(tr) * 10
            train_acc = float(((X[tr] @ w > 0) == y[tr]).mean())
            test_acc = float(((X[te] @ w > 0) == y[te]).mean())
            logger({'fold': fold + 1, 'epoch': epoch, 'train_acc': train_acc, 'test_acc': test_acc})
    truth.write("the script's train and test accuracy at each logged epoch",
                libraries=("numpy", "scikit-learn"), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"graphcl": run}, root=HELDOUT33)
