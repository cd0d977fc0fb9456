"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A NumPy linear regression by gradient descent printing as
eharaldson/linear-regression-from-scratch ``regression.py``: ``fit`` prints ``f'Iteration {i},
Loss = {loss}'`` every 100 iterations (the mean squared error, unformatted NumPy float), stops
once the relative improvement falls under 1e-5, and its ``fit_timer`` decorator prints
``Time taken to train the model: 0.012345 seconds``; ``__main__`` then prints the test R² score
bare (``print(model.score(X_test, y_test))``). Here: sklearn's diabetes set (the original's
California housing needs a download), learning rate 0.001 (the original's default), up to 3000 iterations.

Truth: ``Loss`` at the printed iteration. The bare R² has no label and gets no truth; the time
is no metric.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import time

    import numpy as np
    from sklearn import datasets, metrics, model_selection

    truth = Truth()
    X, y = datasets.load_diabetes(return_X_y=True)
    X_train, X_test, y_train, y_test = model_selection.train_test_split(X, y, test_size=0.2,
                                                                        random_state=7)
    rng = np.random.default_rng(7)
    start = time.time()
    mean_X, std_X = X_train.mean(0), X_train.std(0)
    Xs = (X_train - mean_X) / std_X
    w, b = rng.normal(size=X.shape[1]), rng.random()
    all_losses = []
    for i in range(3000):
        diff = Xs @ w + b - y_train
        loss = np.dot(diff, diff) / len(y_train)
        all_losses.append(loss)
        if i % 100 == 0:
            print(f'Iteration {i}, Loss = {loss}')
            truth.add(at=i, Loss=loss)
        w = w - 0.001 * Xs.T @ diff * 2 / len(y_train)
        b = b - 0.001 * np.sum(diff) * 2 / len(y_train)
        if len(all_losses) > 1 and (all_losses[-2] - all_losses[-1]) / all_losses[-2] < 0.00001:
            break
    print(f"Time taken to train the model: {round(time.time()-start, 6)} seconds")
    y_hat = (X_test - mean_X) / std_X @ w + b
    print(metrics.r2_score(y_test, y_hat))
    truth.write("the script's training MSE losses", libraries=("numpy", "scikit-learn"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"linreg": run}, root=HELDOUT38)
