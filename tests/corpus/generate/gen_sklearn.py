"""scikit-learn: `MLPClassifier(verbose=True)` with early stopping and `MLPRegressor(verbose=True)`.

Prints ``Iteration i, loss = v`` (8 decimals) on stdout, and with early stopping ``Validation
score: v`` (6 decimals) after each; the `ConvergenceWarning` for stopping at `max_iter` goes to
stderr. Truth: `loss_curve_` (``loss``), `validation_scores_` (``Validation score``) and the
iteration numbers 1…`n_iter_` (``Iteration``, printed as a name/number pair and the step of its
line's ``loss``).
"""

from _capture import main, write_truth


def train() -> None:
    from sklearn.datasets import make_classification, make_regression
    from sklearn.neural_network import MLPClassifier, MLPRegressor

    X, y = make_classification(n_samples=300, n_features=8, random_state=0)
    clf = MLPClassifier(hidden_layer_sizes=(16,), max_iter=8, early_stopping=True,
                        random_state=0, verbose=True)
    clf.fit(X, y)
    Xr, yr = make_regression(n_samples=200, n_features=5, noise=1.0, random_state=1)
    reg = MLPRegressor(hidden_layer_sizes=(8,), max_iter=6, random_state=0, verbose=True)
    reg.fit(Xr, yr / 100)

    iterations = [float(i) for model in (clf, reg) for i in range(1, model.n_iter_ + 1)]
    write_truth(
        {"Iteration": iterations, "loss": clf.loss_curve_ + reg.loss_curve_,
         "Validation score": clf.validation_scores_},
        steps={"Iteration": iterations, "loss": iterations},
        libraries=("scikit-learn",), abs_tol=5e-9,
        source="MLPClassifier/MLPRegressor loss_curve_ and validation_scores_, iterations "
               "1..n_iter_; step = the iteration printed on the line",
    )


if __name__ == "__main__":
    main(__file__, {"sklearn": train})
