"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A notebook-turned-script that explores a data set with pandas before comparing models, as
countless tutorials do; most of its numbers are data, not results:

* the wine data as a DataFrame: ``print(df.shape)`` (``(178, 14)``), ``print(df.head())``
  (14 columns, the middle ones dropped behind ``...``: 4 at 160 columns, 8 at 80 on a pipe),
  ``df.info()`` (dtypes, ``non-null`` counts, ``memory usage: 19.6 KB``),
  ``print(df.describe().T)`` (``count  mean  std  min  25%  50%  75%  max`` per feature),
  ``print(df["target"].value_counts())``, and the features most correlated with the target
  (``print(corr.head())``, a Series);
* ``cross_validate`` of three pipelines (5 folds, ``accuracy`` and ``f1_macro``), gathered
  into a DataFrame and printed: columns ``model  fold  accuracy  f1_macro  fit_time``;
* ``print(results.groupby("model")[["accuracy", "f1_macro"]].mean())``;
* ``Best model: svc (accuracy 0.9833)``.

Truth: ``cross_validate``'s returned ``test_accuracy`` and ``test_f1_macro`` (fold rows, and
their means per model, as pandas prints them with 6 decimals), each named by its row's model
and its column (``logreg/accuracy``, ``svc/f1_macro``: ENTITY_NAMES), a fold row at its fold;
the best line's ``accuracy``. ``fit_time`` is a timing;
the data's statistics (``describe``, correlations, counts, the rows of ``head``) are no
metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main


def explore(df) -> None:
    print(df.shape)
    print(df.head())
    print()
    df.info()
    print()
    print(df.describe().T)
    print()
    print(df["target"].value_counts())
    print()
    corr = df.corr()["target"].drop("target").abs().sort_values(ascending=False)
    print("Features most correlated with the target:")
    print(corr.head())
    print()


def train() -> None:
    import pandas as pd
    from sklearn.datasets import load_wine
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_validate
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    truth = Truth()
    wine = load_wine(as_frame=True)
    df = wine.frame
    explore(df)
    X, y = df.drop(columns="target"), df["target"]
    models = {"logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)),
              "svc": make_pipeline(StandardScaler(), SVC()),
              "forest": RandomForestClassifier(n_estimators=30, random_state=0)}
    rows = []
    for name, model in models.items():
        cv = cross_validate(model, X, y, cv=5, scoring=["accuracy", "f1_macro"])
        for fold in range(5):
            rows.append({"model": name, "fold": fold, "accuracy": cv["test_accuracy"][fold],
                         "f1_macro": cv["test_f1_macro"][fold],
                         "fit_time": cv["fit_time"][fold]})
            truth.add(fold, **{f"{name}/accuracy": cv["test_accuracy"][fold],
                               f"{name}/f1_macro": cv["test_f1_macro"][fold]})
    results = pd.DataFrame(rows)
    print(results)
    print()
    summary = results.groupby("model")[["accuracy", "f1_macro"]].mean()
    print(summary)
    for name in summary.index:
        truth.add(**{f"{name}/accuracy": summary.loc[name, "accuracy"],
                     f"{name}/f1_macro": summary.loc[name, "f1_macro"]})
    best = summary["accuracy"].idxmax()
    print(f"\nBest model: {best} (accuracy {summary.loc[best, 'accuracy']:.4f})")
    truth.add(accuracy=summary.loc[best, "accuracy"])
    truth.write("cross_validate's test_accuracy and test_f1_macro per fold row, at the row's "
                "fold, and their per-model means (the groupby table), as <model>/accuracy and "
                "<model>/f1_macro (the row's label, then the column); the best line's accuracy; "
                "fit_time and the data's statistics are no metrics",
                libraries=("pandas", "scikit-learn"), rel=1e-6, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"pandas-eda": train}, root=HELDOUT3)
