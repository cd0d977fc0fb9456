"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

Linear SVMs on learned latent codes, one per training-set size, printing as
AllonHammer/Variational-Auto-Encoder ``vae.py`` (``train_svm`` and its loop over ``SIZES``):
``' Training SVM for size={}'``, then ``print('Best score for training data:',
svm_model.best_score_, "\\n")``, ``Best C:``, ``Best Kernel:``, ``Best Gamma:`` (each followed by
an empty line from the ``"\\n"`` argument), the confusion matrix, scikit-learn's
``classification_report``, ``"Training set score for SVM: %f"`` and ``"Testing  set score for
SVM: %f"``. The original encodes MNIST with a trained Keras VAE; here the latent codes are a
PCA projection of sklearn's digits to 10 dimensions, sizes 10, 20, 40 and 80 per class, a 3-fold
grid search over C.

Truth: ``Best score for training data``, ``Training set score for SVM`` and ``Testing  set score
for SVM`` (no step: positions within each name). ``Best C`` and ``Best Gamma`` are chosen
settings (optional); the report's precision, recall and f1-score (per class and averaged) and
its accuracy are optional; the confusion matrix and the supports are counts.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.decomposition import PCA
    from sklearn.metrics import classification_report, confusion_matrix, precision_recall_fscore_support
    from sklearn.model_selection import GridSearchCV
    from sklearn.svm import SVC

    X, y = load_digits(return_X_y=True)
    Z = PCA(10, random_state=24).fit_transform(X / 16.0)
    truth = Truth()
    for size in [10, 20, 40, 80]:
        np.random.seed(7)
        final = np.concatenate([np.random.choice(np.argwhere(y == c).reshape(-1), size,
                                                 replace=False) for c in range(10)])
        rest = np.setdiff1d(np.arange(len(y)), final)
        Zx_train, y_train, Zx_test, y_test = Z[final], y[final], Z[rest], y[rest]
        print(' Training SVM for size={}'.format(size))
        param_grid = {'kernel': ['linear'], 'C': [0.1, 1, 10, 100, 1000], 'verbose': [False]}
        svm_model = GridSearchCV(SVC(), param_grid, cv=3)
        svm_model.fit(Zx_train, y_train)
        print('Best score for training data:', svm_model.best_score_, "\n")
        print('Best C:', svm_model.best_estimator_.C, "\n")
        print('Best Kernel:', svm_model.best_estimator_.kernel, "\n")
        print('Best Gamma:', svm_model.best_estimator_.gamma, "\n")
        best_model = svm_model.best_estimator_
        y_pred = best_model.predict(Zx_test)
        print(confusion_matrix(y_test, y_pred))
        print("\n")
        print(classification_report(y_test, y_pred))
        tr, te = best_model.score(Zx_train, y_train), best_model.score(Zx_test, y_test)
        print("Training set score for SVM: %f" % tr)
        print("Testing  set score for SVM: %f" % te)
        truth.add(**{"Best score for training data": svm_model.best_score_,
                     "Training set score for SVM": tr, "Testing  set score for SVM": te})
        truth.allow(**{"Best C": best_model.C})
        p, r, f, sup = precision_recall_fscore_support(y_test, y_pred)
        for name, vals in (("precision", p), ("recall", r), ("f1-score", f)):
            for v in list(vals) + [np.mean(vals), np.average(vals, weights=sup)]:
                truth.allow(**{name: v})
        truth.allow(accuracy=te)
    truth.write("GridSearchCV.best_score_ and SVC.score", libraries=("scikit-learn",),
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"svmsweep": run}, root=HELDOUT54)
