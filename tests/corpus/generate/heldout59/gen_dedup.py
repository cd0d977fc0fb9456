"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A boosted-decision-tree duplicate detector scored by 5-fold cross-validation, printing as
pimverschuuren/Deduplication ``helpers.py`` (called as its ``NeuralNetwork.py`` does:
``model, p_metrics = train_KFold(5, model, data, 0.5)`` then ``calculate_mean_sd(p_metrics)``),
with the repository's ``get_BDT()`` model so that no Keras ``fit`` log is involved:
``'=============  5-fold cross validation results  ==========='`` and one line per measure,
``score_str + str(np.mean(...)) + '  +-  ' + str(np.std(...))`` (NumPy floats at full
precision: ``Accuracy: 0.93  +-  0.0187...``). Here: a synthetic table of 300 record pairs
(``ID``, 8 similarity features, ``duplicate``), scikit-learn's GradientBoostingClassifier as
``get_BDT`` configures it (its ``loss='deviance'`` is today's ``'log_loss'``), and the summary
printed for three probability thresholds in turn (0.5, 0.3, 0.7): three runs of the script.
The ROC plot is not drawn.

Truth: each line's mean under its printed label (``Accuracy``, ``False positive rate``, ``False
negative rate``, ``Sensitivity``, ``Specificity``), no step; the spread after ``+-`` is optional,
``<label>_std``.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from sklearn.base import clone
    from sklearn.datasets import make_classification
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import confusion_matrix
    from sklearn.model_selection import KFold

    truth = Truth()
    X, y = make_classification(n_samples=300, n_features=8, n_informative=5, flip_y=0.05,
                               weights=[0.6, 0.4], random_state=4)
    data = pd.DataFrame(X, columns=[f"sim_{i}" for i in range(8)])
    data.insert(0, "ID", np.arange(len(data)))
    data["duplicate"] = y

    def calculate_mean_sd(metric_array):
        print('=============  ' + str(len(metric_array)) + '-fold cross validation results  ===========')
        for x in range(len(metric_array[0])):
            metric_list = []
            for y in range(len(metric_array)):
                metric_list.append(metric_array[y][x])
            arr = np.array(metric_list)
            score_str = 'Accuracy: '
            if x == 1:
                score_str = 'False positive rate: '
            if x == 2:
                score_str = 'False negative rate: '
            if x == 3:
                score_str = 'Sensitivity: '
            if x == 4:
                score_str = 'Specificity: '
            print(score_str + str(np.mean(arr, axis=0)) + '  +-  ' + str(np.std(arr, axis=0)))
            name = score_str.rstrip(': ')
            truth.add(**{name: np.mean(arr, axis=0)})
            truth.allow(**{name + "_std": np.std(arr, axis=0)})

    def calculate_performance_metrics(true_labels, pred_prob, threshold):
        pred_class = (pred_prob > threshold).astype(int).ravel()
        true_labels = true_labels.ravel()
        cm = confusion_matrix(list(true_labels), list(pred_class))
        acc = (np.trace(cm)) / np.sum(cm)
        fpr = cm[0][1] / (cm[0][1] + cm[1][1])
        fnr = cm[1][0] / (cm[1][0] + cm[0][0])
        sens = cm[1][1] / (cm[1][1] + cm[1][0])
        spec = cm[0][0] / (cm[0][0] + cm[0][1])
        return [acc, fpr, fnr, sens, spec]

    def split_data(data):
        y = data[['duplicate']].astype('int32')
        X = data.drop(['ID', 'duplicate'], axis=1)
        return X, y, X.values, y['duplicate'].to_numpy()

    def train_KFold(n_folds, model, data, prob_threshold=0.5):
        X, y, X_t, y_t = split_data(data)
        scores = []
        kf = KFold(n_splits=n_folds)
        for train_index, test_index in kf.split(X):
            X_train, X_test = X_t[train_index], X_t[test_index]
            y_train, y_test = y_t[train_index], y_t[test_index]
            fit_model = clone(model)
            fit_model.fit(X_train, y_train)
            y_prediction = fit_model.predict_proba(X_test)
            y_pred = y_prediction[:, 1].astype(float)
            scores.append(calculate_performance_metrics(y_test, y_pred, prob_threshold))
        return model, scores

    def get_BDT():
        return GradientBoostingClassifier(criterion='friedman_mse', init=None, learning_rate=0.2,
                                          loss='log_loss', max_depth=5, n_estimators=250,
                                          random_state=0)

    for threshold in (0.5, 0.3, 0.7):
        model = get_BDT()
        model, p_metrics = train_KFold(5, model, data, threshold)
        calculate_mean_sd(p_metrics)
    truth.write("the script's per-fold metric lists, np.mean and np.std of each",
                libraries=("scikit-learn", "numpy"), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"dedup": run}, root=HELDOUT59)
