"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A grid search with 5-fold cross-validation of a hand-written perceptron, printing as
AlekseyLobanovMiFI/Lab2Linal-perceptron- ``cross_validation.py``: a blank line and ``5-кратная
кросс-валидация``, then for each learning rate and batch size ``f"lr={lr:<5} batch={batch_size:<3}
| mean={mean_score:.4f}, std={std_score:.4f}"`` (the folds' mean and spread of the validation
accuracy), and ``Лучшие параметры: lr=..., batch_size=..., accuracy=...`` (the best setting).
Here: a NumPy perceptron (sigmoid output, mini-batch gradient steps, 100 epochs) on two
overlapping Gaussian blobs with the script's grid (4 rates x 3 batch sizes), ``StandardScaler``
fitted per fold as in the script.

Truth: ``mean`` per grid row (no step; the row's lr and batch are settings); ``std`` and the
final ``accuracy`` (the best mean) are optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import make_blobs
    from sklearn.model_selection import KFold
    from sklearn.preprocessing import StandardScaler

    class Perceptron:
        def __init__(self, input_size, seed=0):
            rng = np.random.default_rng(seed)
            self.w = rng.normal(scale=0.01, size=input_size)
            self.b = 0.0

        def forward(self, X):
            return 1 / (1 + np.exp(-(X @ self.w + self.b)))

        def fit(self, X, y, X_val, y_val, epochs=100, lr=0.01, batch_size=32, verbose=False):
            rng = np.random.default_rng(1)
            for _ in range(epochs):
                order = rng.permutation(len(X))
                for i in range(0, len(X), batch_size):
                    j = order[i:i + batch_size]
                    err = self.forward(X[j]) - y[j]
                    self.w -= lr * X[j].T @ err / len(j)
                    self.b -= lr * err.mean()

        def predict(self, X):
            return (self.forward(X) >= 0.5).astype(int)

    def accuracy(y_true, y_pred):
        return float(np.mean(y_true == y_pred))

    X, y = make_blobs(n_samples=300, centers=[(0, 0), (1.6, 1.2)], cluster_std=1.0,
                      random_state=42)
    learning_rates = [0.001, 0.01, 0.1, 0.5]
    batch_sizes = [16, 32, 64]
    kf = KFold(n_splits=5, shuffle=True, random_state=42)
    print("\n5-кратная кросс-валидация")
    truth = Truth()
    best_score = -1
    best_params = None
    for lr in learning_rates:
        for batch_size in batch_sizes:
            scores = []
            for train_index, val_index in kf.split(X):
                X_train, X_val = X[train_index], X[val_index]
                y_train, y_val = y[train_index], y[val_index]
                scaler = StandardScaler()
                X_train = scaler.fit_transform(X_train)
                X_val = scaler.transform(X_val)
                model = Perceptron(input_size=2)
                model.fit(X_train, y_train, X_val, y_val, epochs=100, lr=lr,
                          batch_size=batch_size, verbose=False)
                scores.append(accuracy(y_val, model.predict(X_val)))
            mean_score = np.mean(scores)
            std_score = np.std(scores)
            print(
                f"lr={lr:<5} batch={batch_size:<3} | "
                f"mean={mean_score:.4f}, std={std_score:.4f}"
            )
            truth.add(mean=mean_score)
            truth.allow(std=std_score)
            if mean_score > best_score:
                best_score = mean_score
                best_params = (lr, batch_size)
    print(
        f"\nЛучшие параметры: lr={best_params[0]}, "
        f"batch_size={best_params[1]}, accuracy={best_score:.4f}"
    )
    truth.allow(accuracy=best_score)
    truth.write("the folds' mean validation accuracies", libraries=("numpy", "scikit-learn"),
                rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"aleksperc": run}, root=HELDOUT60)
