"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Model explanation with dalex (PyPI ``dalex``): a seeded binary classification set (600 rows, six
features, ``sklearn.datasets.make_classification``), a random forest and a logistic regression
trained on 400 rows, each wrapped in ``dx.Explainer(model, X_test, y_test, label=...)``, whose
constructor prints its setup log (``Preparation of a new explainer is initiated``, ``  ->
data              : 200 rows 6 cols``, ``  -> predicted values  : min = 0.0, mean = 0.502, max =
1.0``, ``  -> residuals         : min = -0.93, mean = -0.0068, max = 0.97``, ``A new explainer has
been created!``); then, as a notebook user shows them, ``print(explainer.model_performance()
.result)`` for each model (a one-row frame: ``recall precision f1 accuracy auc``, the row named by
the label) and, for the forest, ``print(explainer.model_parts(B=5, random_state=22).result)``
(permutation importance: ``variable dropout_loss label`` rows, ``_full_model_`` and
``_baseline_`` among them).

Truth: the explainers' own ``y_hat`` and ``residuals`` arrays (min, mean, max, as the log prints
them) as ``predicted values/min`` ... ``residuals/max``; the performance frames as
``<label>/<column>``; the importance frame's ``dropout_loss`` as ``<variable>/dropout_loss``. The
row and column counts of the data and the importance frame's printed row numbers are in no
truth; nor the predict function's address.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def run() -> None:
    import dalex as dx
    import pandas as pd
    from sklearn.datasets import make_classification
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression

    X, y = make_classification(600, 6, n_informative=4, random_state=22)
    X = pd.DataFrame(X, columns=[f"f{i}" for i in range(6)])
    truth = Truth()
    explainers = []
    for label, model in (("rf", RandomForestClassifier(100, random_state=22)),
                         ("logreg", LogisticRegression(max_iter=500))):
        model.fit(X[:400], y[:400])
        explainer = dx.Explainer(model, X[400:], y[400:], label=label)
        sys.stdout.flush()
        explainers.append(explainer)
        for name, arr in (("predicted values", explainer.y_hat),
                          ("residuals", explainer.residuals)):
            truth.add(**{f"{name}/min": arr.min(), f"{name}/mean": arr.mean(),
                         f"{name}/max": arr.max()})
    for explainer in explainers:
        perf = explainer.model_performance().result
        print(perf, flush=True)
        for label, row in perf.iterrows():
            for col, value in row.items():
                truth.add(**{f"{label}/{col}": value})
    parts = explainers[0].model_parts(B=5, random_state=22).result
    print(parts, flush=True)
    for _, row in parts.iterrows():
        truth.add(**{f"{row['variable']}/dropout_loss": row["dropout_loss"]})
    truth.write("dalex: the explainers' y_hat and residuals (min, mean, max), "
                "model_performance().result as <label>/<column>, model_parts().result's "
                "dropout_loss by variable", libraries=("dalex", "scikit-learn"),
                rel=1e-5, abs_tol=5e-7)  # pandas' six digits; the log's rounding: the rule


if __name__ == "__main__":
    main(__file__, {"dalex": run}, root=HELDOUT22)
