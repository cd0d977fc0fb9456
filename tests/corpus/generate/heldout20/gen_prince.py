"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Factor analysis with prince (PyPI ``prince``): a principal component analysis of six columns of
scikit-learn's wine data (standardised, three components) and a correspondence analysis of a
hair-by-eye colour contingency table (two components). Printed, as the package's documentation
does: ``print(pca)`` (the estimator's repr, ``PCA(n_components=3, random_state=0)``),
``print(pca.eigenvalues_summary)`` (a frame of formatted strings: ``eigenvalue``, ``% of
variance`` and ``% of variance (cumulative)`` by ``component``, ``31.19%``),
``print(pca.column_correlations)`` (variables by component), then ``print(ca)`` and
``print(ca.eigenvalues_summary)``.

Truth: the fitted estimators' ``eigenvalues_``, ``percentage_of_variance_`` and
``cumulative_percentage_of_variance_`` as ``<component>/<printed column>`` and the
``column_correlations`` frame as ``<variable>/<component>``. The estimators' settings printed in
their reprs are ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def summary(truth: Truth, model) -> None:
    for component, (value, share, cumulative) in enumerate(zip(
            model.eigenvalues_, model.percentage_of_variance_,
            model.cumulative_percentage_of_variance_)):
        truth.add(**{f"{component}/eigenvalue": value, f"{component}/% of variance": share,
                     f"{component}/% of variance (cumulative)": cumulative})


def run() -> None:
    import pandas as pd
    import prince
    from sklearn.datasets import load_wine

    truth = Truth()
    wine = load_wine(as_frame=True).frame.drop(columns="target").iloc[:, :6]
    pca = prince.PCA(n_components=3, rescale_with_mean=True, rescale_with_std=True,
                     random_state=0).fit(wine)
    print(pca)
    print(pca.eigenvalues_summary)
    correlations = pca.column_correlations
    print(correlations)
    summary(truth, pca)
    for variable, row in correlations.iterrows():
        for component, value in row.items():
            truth.add(**{f"{variable}/{component}": value})

    table = pd.DataFrame([[68, 119, 26, 7], [20, 84, 17, 94], [15, 54, 14, 10], [5, 29, 14, 16]],
                         index=["brown", "blue", "hazel", "green"],
                         columns=["black", "brunette", "red", "blond"])
    table.index.name, table.columns.name = "eye", "hair"
    ca = prince.CA(n_components=2, random_state=0).fit(table)
    print()
    print(ca)
    print(ca.eigenvalues_summary)
    summary(truth, ca)
    truth.write("prince: the fitted PCA's and CA's eigenvalues_, percentage_of_variance_ and "
                "cumulative_percentage_of_variance_ (<component>/<printed column>) and the "
                "PCA's column_correlations (<variable>/<component>)",
                libraries=("prince", "scikit-learn", "pandas"),
                params={"n_components": 3, "random_state": 0},
                rel=1e-3, abs_tol=5e-3)  # three decimals; percentages with two


if __name__ == "__main__":
    main(__file__, {"prince": run}, root=HELDOUT20)
