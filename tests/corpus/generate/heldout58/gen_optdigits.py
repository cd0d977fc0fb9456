"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A hyper-parameter sweep printing as Abigail8141/CS4210-Assignment4 ``perceptron.py``: for each
learning rate of ``[0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0]``, each shuffle
setting ``[True, False]`` (passed as ``random_state``) and each of scikit-learn's ``Perceptron``
and ``MLPClassifier(activation='logistic', hidden_layer_sizes=(25,))``, a fit and a per-sample
test accuracy; only a new best is printed, ``Highest Perceptron accuracy so far: {acc},
Parameters: learning rate={w}, random_state={b}`` or the same with ``MLP`` (the accuracy a bare
float). Here: sklearn's 8x8 digits (the same UCI optdigits data), 1,297 rows to train and 500
to test, ``max_iter`` 300 for the MLP (its convergence warnings go to stderr).

Truth: ``Highest Perceptron accuracy so far`` and ``Highest MLP accuracy so far`` (each a test
accuracy of the fit just made), no step; the learning rates are the sweep's settings, left out.
"""

from _toy import digits_np
from _capture import HELDOUT58, Truth, main


def run() -> None:
    from sklearn.linear_model import Perceptron
    from sklearn.neural_network import MLPClassifier

    X, y = digits_np(seed=13)
    X_training, y_training, X_test, y_test = X[:1297], y[:1297], X[1297:], y[1297:]
    n = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0]
    r = [True, False]
    truth = Truth()
    highest_acc_per = highest_acc_mlp = 0
    for w in n:
        for b in r:
            for a in range(2):
                if a == 0:
                    clf = Perceptron(eta0=w, random_state=b, max_iter=1000)
                else:
                    clf = MLPClassifier(activation='logistic', learning_rate_init=w,
                                        hidden_layer_sizes=(25,), random_state=b, max_iter=300)
                clf.fit(X_training, y_training)
                num_correct = 0
                for x_s, y_s in zip(X_test, y_test):
                    if clf.predict([x_s]) == y_s:
                        num_correct += 1
                accuracy = num_correct / len(X_test)
                if a == 0:
                    if accuracy > highest_acc_per:
                        highest_acc_per = accuracy
                        print(f'Highest Perceptron accuracy so far: {highest_acc_per}, Parameters: learning rate={w}, random_state={b}')
                        truth.add(**{"Highest Perceptron accuracy so far": accuracy})
                else:
                    if accuracy > highest_acc_mlp:
                        highest_acc_mlp = accuracy
                        print(f'Highest MLP accuracy so far: {highest_acc_mlp}, Parameters: learning rate={w}, random_state={b}')
                        truth.add(**{"Highest MLP accuracy so far": accuracy})
    truth.write("the script's test accuracies", libraries=("scikit-learn",), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"optdigits": run}, root=HELDOUT58)
