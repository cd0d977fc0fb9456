"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Model inspection with ELI5 (PyPI ``eli5``), rendered as text (``eli5.format_as_text``) on
scikit-learn's wine data: the weights of a logistic regression on five features (``y=True top
features``, a table ``Weight  Feature`` with signed weights and ``<BIAS>``), the random forest's
own feature importances (``0.1807 ± 0.1720  proline``, the six largest, printed without a
header),
the forest's permutation importances (``PermutationImportance``, five repeats; rows
``0.0539 ± 0.0231  color_intensity`` without a header), and one prediction of the logistic
regression explained (``y=True (probability=0.988, score=4.402) top features``, a table
``Contribution  Feature``), each after ELI5's own caveat paragraphs.

Truth from the explanation objects ELI5 returns (``explain_weights``/``explain_prediction``):
the feature weights under ``<feature>/<column>`` for tables with a header (``ash/Weight``,
``alcohol/Contribution``, ``<BIAS>`` included) and under the feature's name for the headerless
rows (the forest's importances and the permutation ones: ELI5 prints neither with a header); the ``±`` spreads (ELI5 prints twice the ``std``) optional; the prediction's
``proba`` and ``score`` as ``probability`` and ``score``. The ``… 7 more …`` counts are
optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def weights(expl):
    """The (feature, weight, std) rows of an explanation, in the order ELI5 prints them."""
    if expl.feature_importances is not None:
        fw = expl.feature_importances
        return [(w.feature, w.weight, w.std) for w in fw.importances], fw.remaining
    fw = expl.targets[0].feature_weights
    return [(w.feature, w.weight, w.std) for w in fw.pos + fw.neg], 0


def run() -> None:
    import eli5
    from eli5.sklearn import PermutationImportance
    from sklearn.datasets import load_wine
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression

    wine = load_wine()
    X, y = wine.data, wine.target
    names = list(wine.feature_names)
    truth = Truth()
    lr = LogisticRegression(max_iter=5000).fit(X[:, :5], y == 0)
    rf = RandomForestClassifier(n_estimators=40, random_state=23).fit(X, y)
    perm = PermutationImportance(rf, random_state=23, n_iter=5).fit(X, y)
    shown = (("Weight", eli5.explain_weights(lr, feature_names=names[:5])),
             (None, eli5.explain_weights(rf, feature_names=names, top=6)),  # printed headerless
             (None, eli5.explain_weights(perm, feature_names=names, top=6)))
    for column, expl in shown:
        print(eli5.format_as_text(expl), flush=True)
        rows, remaining = weights(expl)
        for feature, weight, std in rows:
            name = f"{feature}/{column}" if column else feature
            truth.add(**{name: weight})
            if std is not None:
                truth.allow(**{f"{name}/±": 2 * std})
        if remaining:
            truth.allow(more=remaining)
    pred = eli5.explain_prediction(lr, X[3, :5], feature_names=names[:5])
    print(eli5.format_as_text(pred), flush=True)
    target = pred.targets[0]
    truth.add(probability=target.proba, score=target.score)
    for feature, weight, _ in weights(pred)[0]:
        truth.add(**{f"{feature}/Contribution": weight})
    truth.write("eli5: the feature weights of the returned explanations (<feature>/<column>, "
                "or the feature alone for headerless rows), the prediction's proba and score; "
                "the ± spreads (2 std) optional",
                libraries=("eli5", "scikit-learn"), rel=5e-4, abs_tol=5e-4)  # three/four dp


if __name__ == "__main__":
    main(__file__, {"eli5": run}, root=HELDOUT23)
