"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A tanh "logistic regression" trained by full-batch gradient steps, printing as 3N4N/adaboost
``logistic_regression.py``'s ``main``: the weight vector (``print(lr.w)``), then for each split
a block ``Train set:`` / ``Score: <score>`` / ``TP: .. TN: .. FP: .. FN: ..``, where the score is
the count of right predictions divided by ``n_samples * 100`` (the script's own arithmetic:
a fraction of a percent), printed unrounded. Here: sklearn's breast-cancer data, its first 10
standardised features, 1000 steps at alpha 0.3.

Truth: ``train/Score`` and ``test/Score`` (the block's header names the split). The confusion
counts are results a reader could take for metrics: optional, per split.
"""

from _toy import binary_np
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np

    X_train, y_train, X_test, y_test = binary_np(seed=3)
    X_train, X_test = X_train[:, :10], X_test[:, :10]
    truth = Truth()

    def predict(examples, w):
        yhat = np.dot(examples, w.reshape(-1, 1))
        return (np.tanh(yhat).flatten() + 1) / 2

    n_samples, n_features = X_train.shape
    w = np.array([0.0 for i in range(n_features)])
    for itr in range(1000):
        yhat = predict(X_train, w)
        dloss = ((y_train - yhat) * (1.0 - yhat * yhat) * X_train.T).mean(axis=1)
        w = w + 0.3 * dloss
    w = w.flatten()
    print(w)

    for split, X, y in (("Train", X_train, y_train), ("Test", X_test, y_test)):
        n_samples, n_features = np.shape(X)
        yhat = predict(X, w)
        score = tp = tn = fp = fn = 0
        for i in range(n_samples):
            if round(yhat[i]) == round(y[i]):
                score += 1
                if round(yhat[i]) == 1:
                    tp += 1
                else:
                    tn += 1
            else:
                if round(yhat[i]) == 1:
                    fp += 1
                else:
                    fn += 1
        score /= n_samples * 100
        print(f"{split} set:")
        print("Score:", score)
        print("TP:", tp, "TN:", tn, "FP:", fp, "FN:", fn)
        p = split.lower()
        truth.add(**{f"{p}/Score": score})
        truth.allow(**{f"{p}/TP": tp, f"{p}/TN": tn, f"{p}/FP": fp, f"{p}/FN": fn})
    truth.write("the script's scores, computed as it computes them", libraries=("numpy",),
                rel=1e-6, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"adaboostlr": run}, root=HELDOUT61)
