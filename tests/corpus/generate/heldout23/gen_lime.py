"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Local explanations with LIME (PyPI ``lime``): a random forest (30 trees) on scikit-learn's
breast-cancer data and a gradient-boosting regressor on its diabetes data, explained with
``LimeTabularExplainer(..., verbose=True, random_state=23)``: three rows of the classifier and
two of the regressor, five features and 1,000 samples each. With ``verbose`` LIME prints, for
each explanation, ``Intercept 0.6298739346959099``, ``Prediction_local [0.38513299]`` and
``Right: 0.0``; the script then prints ``exp.as_list()`` (a Python list of ``('area error >
45.19', -0.0819...)`` pairs), as LIME's tutorials do.

Truth from the explanation objects: ``intercept[label]`` as ``Intercept``, ``local_pred`` as
``Prediction_local``, the model's own prediction for the explained label (``predict_proba
[label]`` for the classifier, ``predicted_value`` for the regressor) as ``Right``, and the
``as_list()`` weights under their condition strings (the printed names; a judgement call: the
pairs carry no other name).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    from lime.lime_tabular import LimeTabularExplainer
    from sklearn.datasets import load_breast_cancer, load_diabetes
    from sklearn.ensemble import GradientBoostingRegressor, RandomForestClassifier

    truth = Truth()
    cancer = load_breast_cancer()
    clf = RandomForestClassifier(n_estimators=30, random_state=23).fit(cancer.data, cancer.target)
    explainer = LimeTabularExplainer(cancer.data, feature_names=list(cancer.feature_names),
                                     class_names=list(cancer.target_names), verbose=True,
                                     random_state=23)
    for row in (7, 40, 300):
        print(f"== breast cancer row {row} ==", flush=True)
        exp = explainer.explain_instance(cancer.data[row], clf.predict_proba, num_features=5,
                                         num_samples=1000)
        pairs = exp.as_list()
        print(pairs, flush=True)
        label = exp.available_labels()[0]
        truth.add(Intercept=exp.intercept[label], Prediction_local=exp.local_pred[0],
                  Right=exp.predict_proba[label])
        for name, weight in pairs:
            truth.add(**{name: weight})
    diabetes = load_diabetes()
    reg = GradientBoostingRegressor(random_state=23).fit(diabetes.data, diabetes.target)
    explainer = LimeTabularExplainer(diabetes.data, feature_names=list(diabetes.feature_names),
                                     mode="regression", verbose=True, random_state=23)
    for row in (3, 120):
        print(f"== diabetes row {row} ==", flush=True)
        exp = explainer.explain_instance(diabetes.data[row], reg.predict, num_features=5,
                                         num_samples=1000)
        pairs = exp.as_list()
        print(pairs, flush=True)
        truth.add(Intercept=exp.intercept[1], Prediction_local=exp.local_pred[0],
                  Right=exp.predicted_value)
        for name, weight in pairs:
            truth.add(**{name: weight})
    truth.write("lime: the explanations' intercept, local_pred, the model's prediction (Right) "
                "and as_list() weights under their condition strings",
                libraries=("lime", "scikit-learn"), rel=1e-7, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"lime": run}, root=HELDOUT23)
