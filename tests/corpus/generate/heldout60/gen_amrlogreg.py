"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

Logistic regression by batch gradient descent printing as AI-AmrIbrahim/ML-Models-From-Scratch
``logistic_regression.py`` (its ``__main__``): nothing while fitting, then ``Evaluation
Metrics:`` and one ``f"{metric.capitalize()}: {value:.4f}"`` line for each of accuracy,
precision, recall and f1_score on the test split. Here: the script itself, on sklearn's breast
cancer data split as it splits it (``test_size=0.2, random_state=1234``), learning rate 0.01,
1000 iterations, random initial weights (seeded here).

Truth: ``Accuracy``, ``Precision``, ``Recall``, ``F1_score`` (as printed, capitalised), no step.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import warnings

    import numpy as np
    from sklearn import datasets
    from sklearn.model_selection import train_test_split

    class LogisticRegression:
        def __init__(self, learning_rate=0.01, iterations=1000):
            self.learning_rate, self.iterations = learning_rate, iterations
            self.weights = self.bias = None

        def _sigmoid(self, x):
            warnings.filterwarnings('ignore')
            return 1 / (1 + np.exp(-np.clip(x, -500, 500)))

        def fit(self, X, y):
            n_samples, n_features = X.shape
            self.weights = np.random.rand(n_features)
            self.bias = 0
            for _ in range(self.iterations):
                y_predicted = self._sigmoid(np.dot(X, self.weights) + self.bias)
                self.weights -= self.learning_rate * (1 / n_samples) * np.dot(X.T, (y_predicted - y))
                self.bias -= self.learning_rate * (1 / n_samples) * np.sum(y_predicted - y)

        def predict(self, X):
            y_predicted = self._sigmoid(np.dot(X, self.weights) + self.bias)
            return np.array([1 if i > 0.5 else 0 for i in y_predicted])

    def evaluate(y_true, y_predicted):
        TP = np.sum((y_true == 1) & (y_predicted == 1))
        TN = np.sum((y_true == 0) & (y_predicted == 0))
        FP = np.sum((y_true == 0) & (y_predicted == 1))
        FN = np.sum((y_true == 1) & (y_predicted == 0))
        accuracy = (TP + TN) / len(y_true)
        precision = TP / (TP + FP) if (TP + FP) > 0 else 0
        recall = TP / (TP + FN) if (TP + FN) > 0 else 0
        f1_score = (2 * precision * recall) / (precision + recall) if (precision + recall) > 0 else 0
        return {"accuracy": accuracy, "precision": precision, "recall": recall, "f1_score": f1_score}

    np.random.seed(1234)
    bc = datasets.load_breast_cancer()
    X, y = bc.data, bc.target
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1234)
    regressor = LogisticRegression(learning_rate=0.01, iterations=1000)
    regressor.fit(X_train, y_train)
    predictions = regressor.predict(X_test)
    eval_results = evaluate(y_test, predictions)
    truth = Truth()
    print("Evaluation Metrics:")
    for metric, value in eval_results.items():
        print(f"{metric.capitalize()}: {value:.4f}")
        truth.add(**{metric.capitalize(): value})
    truth.write("the script's evaluation dict", libraries=("numpy", "scikit-learn"), rel=1e-5,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"amrlogreg": run}, root=HELDOUT60)
