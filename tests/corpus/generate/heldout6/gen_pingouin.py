"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A data scientist comparing models statistically with pingouin, printing the DataFrames it
returns (pandas' repr), with a line of context before each:

* ``Cross-validated accuracy (10 folds, repeated 3 times):`` and the per-model means the script
  prints (``logreg   mean accuracy 0.9789``);
* ``pg.ttest(a, b, paired=True)``: a one-row frame indexed ``T_test``, columns ``T  dof
  alternative  p_val  CI95  cohen_d  power  BF10`` (``CI95`` holds a two-number list, ``BF10``
  a string); on a pipe pandas fits it to 80 columns and shows ``...`` for ``p_val`` and
  ``CI95``, then ``[1 rows x 8 columns]`` (the ``-pipe`` capture);
* ``pg.anova(..., between=['model', 'scaling'])``: a two-way ANOVA table, rows ``model``,
  ``scaling``, ``model * scaling``, ``Residual`` under ``Source  SS  DF  MS  F  p_unc  np2``
  (``NaN`` cells in the residual row);
* ``pg.corr(x, y)``: one row indexed ``pearson``, ``n  r  CI95  p_val  BF10  power``.

The scores are ``cross_val_score`` accuracies on scikit-learn's bundled breast-cancer set
(``RepeatedStratifiedKFold``, seeded).

Truth: the returned DataFrames' cells. One-row frames (a test's result, its index the test's
name) give the column name (``T``, ``p_val``, ``cohen_d``, ``BF10``, ``power``, ``r``): each
test is printed once, so a name shared by two tests (``p_val``) has two points, no step; the
ANOVA's rows are different sources, so its cells are ``<source>/<column>`` (``model/F``,
``model * scaling/p_unc``); degrees of freedom and ``n`` (counts) optional; ``CI95`` bounds
optional as ``CI95``; a column pandas did not show (``...`` on a pipe) is in neither map; the
script's means ``<model>/mean accuracy``. The CV settings the script prints are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def analyse() -> None:
    import math

    import pandas as pd
    import pingouin as pg
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import MinMaxScaler, StandardScaler

    truth = Truth()
    settings = {"n_splits": 10, "n_repeats": 3, "random_state": 42}
    print(f"CV settings: {settings}")
    x, y = load_breast_cancer(return_X_y=True)
    cv = RepeatedStratifiedKFold(**settings)
    rows = []
    for model_name, model in (("logreg", LogisticRegression(max_iter=2000)),
                              ("knn", KNeighborsClassifier(7))):
        for scaling, scaler in (("standard", StandardScaler()), ("minmax", MinMaxScaler())):
            scores = cross_val_score(make_pipeline(scaler, model), x, y, cv=cv)
            rows += [{"model": model_name, "scaling": scaling, "accuracy": s} for s in scores]
    df = pd.DataFrame(rows)
    print(f"Cross-validated accuracy ({settings['n_splits']} folds, repeated "
          f"{settings['n_repeats']} times):")
    for model_name, group in df.groupby("model", sort=False):
        print(f"{model_name:8s} mean accuracy {group['accuracy'].mean():.4f}")
        truth.add(**{f"{model_name}/mean accuracy": group["accuracy"].mean()})

    def one_row(frame, counts):
        shown = _shown_columns(frame)
        for column, value in frame.iloc[0].items():
            if column not in shown:
                continue
            if column.startswith("CI95"):
                for bound in value:
                    truth.allow(**{column: bound})
            elif column in counts:
                truth.allow(**{column: value})
            elif not isinstance(value, str) or _number(value):
                truth.add(**{column: float(value)})

    std = df[df.scaling == "standard"]
    a = std[std.model == "logreg"]["accuracy"].to_numpy()
    b = std[std.model == "knn"]["accuracy"].to_numpy()
    print("\nPaired t-test, logreg vs knn (standard scaling):")
    ttest = pg.ttest(a, b, paired=True)
    print(ttest)
    one_row(ttest, counts=("dof",))

    print("\nTwo-way ANOVA of accuracy:")
    aov = pg.anova(data=df, dv="accuracy", between=["model", "scaling"], detailed=True)
    print(aov)
    shown = _shown_columns(aov)
    for _, row in aov.iterrows():
        for column in ("SS", "MS", "F", "p_unc", "np2"):
            if column in shown and not math.isnan(row[column]):
                truth.add(**{f"{row['Source']}/{column}": row[column]})
        truth.allow(**{f"{row['Source']}/DF": row["DF"]})

    print("\nCorrelation of fold accuracies, logreg vs knn:")
    corr = pg.corr(a, b)
    print(corr)
    one_row(corr, counts=("n",))
    truth.write("pingouin's returned DataFrames: one-row frames by column name, the ANOVA as "
                "<source>/<column>; dof, DF, n and CI95% bounds optional; the script's "
                "per-model mean accuracy; CV settings = params",
                libraries=("pingouin", "pandas", "scikit-learn"), params=settings, rel=1e-3,
                abs_tol=1e-6)


def _shown_columns(frame) -> set[str]:
    """The columns pandas' repr shows here: all on a wide terminal; on a pipe pandas fits the
    frame to 80 columns and replaces the middle ones with ``...``. Only *which* columns were
    shown is read from the repr's header line; the values come from the frame."""
    return set(repr(frame).splitlines()[0].split())


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


if __name__ == "__main__":
    main(__file__, {"pingouin": analyse}, root=HELDOUT6)
