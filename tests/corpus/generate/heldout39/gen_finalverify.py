"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A scikit-learn run printing as springboardmentor200310m/Inters_Branches
``Mohamed_Iqhlas_A/src/final_verification.py``: ``"\\n✅ FINAL RESULT VERIFICATION\\n"``, a
header ``"{:<25} {:<10}".format("Metric", "Value")``, a 40-dash rule, then one row per entry of
the ``final_results`` dict (``train_accuracy``, ``validation_accuracy``, ``test_accuracy``,
``train_val_gap``, ``val_test_gap``) with the value printed by ``{:<10}``. The original's dict
holds numbers typed in (two decimals); ours holds them measured and rounded to two decimals.
Here: gradient-boosted trees on sklearn's digits, and the same block for a logistic
regression (a line naming each model is ours).

Truth: the five rows of each block, named as printed, no step (the gaps are measured
differences of accuracies, kept as metrics).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    from sklearn.datasets import load_digits
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    Xtr, Xtmp, ytr, ytmp = train_test_split(X / 16, y, test_size=0.4, random_state=18)
    Xva, Xte, yva, yte = train_test_split(Xtmp, ytmp, test_size=0.5, random_state=18)
    truth = Truth()
    for name, clf in (("HistGradientBoosting", HistGradientBoostingClassifier(max_iter=20,
                                                                              random_state=18)),
                      ("LogisticRegression", LogisticRegression(C=0.02, max_iter=300))):
        clf.fit(Xtr, ytr)
        tr, va, te = (round(clf.score(a, b), 2) for a, b in ((Xtr, ytr), (Xva, yva), (Xte, yte)))
        final_results = {
            "train_accuracy": tr,
            "validation_accuracy": va,
            "test_accuracy": te,
            "train_val_gap": round(tr - va, 2),
            "val_test_gap": round(va - te, 2),
        }
        print(f"model: {name}")
        print("\n✅ FINAL RESULT VERIFICATION\n")
        print("{:<25} {:<10}".format("Metric", "Value"))
        print("-" * 40)
        for k, v in final_results.items():
            print("{:<25} {:<10}".format(k, v))
        print()
        truth.add(**final_results)
    truth.write("the script's rounded accuracies and gaps", libraries=("scikit-learn",),
                rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"finalverify": run}, root=HELDOUT39)
