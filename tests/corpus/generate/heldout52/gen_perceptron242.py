"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A perceptron course assignment printing as CeciliaZ030/CSC242-Perceptron ``perceptron.py``
(commit 4c46361e), run on six small data sets one after another as the assignment asks: each
run prints ``---------------------- parse data ---------------------`` with the feature array
(bias column last) and the label array, ``---------------------- training ----...``,
``size of data:  N``, ``iterations 50``, a blank line and ``Converged at: {k}th iterations`` or
``Did not converge at current iterations``, then ``---------------------- result ----...``,
``Train accuracy: {}``, ``Feature weights (bias last): ...``, ``R (maximun vector norm): ``,
``δ^2 (minimun seperation): `` and ``(R^2)/k =`` (infinite, with NumPy's divide-by-zero warning,
when the run did not converge, as in the original). The accuracy plot is not drawn. Here: six
two-dimensional data sets of 12 to 20 points labelled by a hidden line, in three of them the two
points nearest the line flipped (one of those stays inseparable).

Truth: ``Train accuracy`` once per run, without a step. The norm, the separation and the bound
are optional; the printed iteration budget is ``params``.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import numpy as np
    from numpy.linalg import norm

    truth = Truth()

    def parse_data(rows):
        vals = [(np.array(list(r[:-1]) + [1], dtype=np.float64), np.float64(r[-1])) for r in rows]
        xs, ys = np.array([v[0] for v in vals]), np.array([v[1] for v in vals])
        print("---------------------- parse data ---------------------")
        print(xs)
        print(ys)
        return xs, ys

    def predict(xi, w):
        return 1 if xi.dot(w) >= 0 else -1

    def perceptron(train_xs, train_ys, iterations, rate):
        w = np.zeros(train_xs.shape[1])
        accuracy = []
        print("---------------------- training ---------------------")
        print("size of data: ", train_ys.shape[0])
        print("iterations", iterations)
        ck = 0
        for k in range(iterations):
            correct = wrong = 0
            w_prev = w
            for i in range(train_ys.shape[0]):
                e = train_ys[i] - predict(train_xs[i], w)
                if e == 0.0:
                    correct += 1
                else:
                    wrong += 1
                w = w + rate * e * train_xs[i]
            accuracy.append(correct / (correct + wrong))
            if np.array_equal(w, w_prev):
                print()
                print("Converged at: {}th iterations".format(k))
                ck = k
                break
            elif k == iterations - 1:
                print()
                print("Did not converge at current iterations")
        return w, accuracy, ck

    def test_accuracy(weights, test_xs, test_ys):
        correct = wrong = 0
        for i in range(test_ys.shape[0]):
            if test_ys[i] - predict(test_xs[i], weights) == 0.0:
                correct += 1
            else:
                wrong += 1
        return correct / (correct + wrong)

    rng = np.random.default_rng(242)

    def dataset(n, margin):
        """Labels from a hidden line; a positive margin keeps the points off it (separable),
        a negative one flips the labels of the points closest to it (not separable)."""
        x = np.round(rng.uniform(-3, 3, (4 * n, 2)), 2)
        s = x @ np.array([0.8, -1.0]) + 0.9
        keep = np.abs(s) > abs(margin)
        x, s = x[keep][:n], s[keep][:n]
        y = np.where(s > 0, 1.0, -1.0)
        if margin < 0:
            y[np.argsort(np.abs(s))[:2]] *= -1
        return [tuple(x[i]) + (y[i],) for i in range(n)]

    sets = [dataset(12, 0.3), dataset(16, -0.5), dataset(20, 0.2), dataset(14, -0.8),
            dataset(18, 0.15), dataset(20, -0.3)]
    iterations, train_rate = 50, 1.0
    for rows in sets:
        train_xs, train_ys = parse_data(rows)
        weights, accuracy_arr, ck = perceptron(train_xs, train_ys, iterations, train_rate)
        accuracy = test_accuracy(weights, train_xs, train_ys)
        print("---------------------- result ---------------------")
        print("Train accuracy: {}".format(accuracy))
        truth.add(**{"Train accuracy": accuracy})
        print("Feature weights (bias last): {}".format(" ".join(map(str, weights))))
        maxNorm = norm(train_xs[0])
        delta = train_xs[0].dot(weights) * train_ys[0]
        norm_weights = weights / norm(weights)
        for i in range(train_ys.shape[0]):
            if train_xs[i].dot(norm_weights) < delta:
                delta = train_xs[i].dot(norm_weights) * train_ys[i]
            if norm(train_xs[i]) > maxNorm:
                maxNorm = norm(train_xs[i])
        print("R (maximun vector norm): ", maxNorm)
        print("δ^2 (minimun seperation): ", delta ** 2)
        bound = (maxNorm ** 2 / np.float64(ck)) ** 0.5
        print("(R^2)/k =", bound)
        truth.allow(**{"R (maximun vector norm)": maxNorm, "δ^2 (minimun seperation)": delta ** 2,
                       "(R^2)/k": bound})
    truth.write("the training-set accuracy of the final weights of each run",
                libraries=("numpy",), rel=1e-9, abs_tol=1e-9,
                params={"iterations": iterations})


if __name__ == "__main__":
    main(__file__, {"perceptron242": run}, root=HELDOUT52)
