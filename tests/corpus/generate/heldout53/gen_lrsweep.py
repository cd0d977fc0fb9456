"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A learning-rate sweep with k-fold cross-validation of a NumPy network, printed as
SiminFahimi/neural-network-from-scratch ``train.py`` (``lr_effection`` with
``cross_validation`` and ``compute_cost``): per learning rate ``print(lr, "accurcy", cv_acc,
"cost_cv", cv_cost, "cost_train", final_cost)`` (print's own spaces, NumPy floats unformatted,
the learning rate leading the line), then ``\\nBEST LR: 0.5``. Here: a 4-8-1 sigmoid network
with L2-regularised binary cross-entropy, full-batch gradient descent for 300 epochs, on 400
points of a noisy two-ring problem with squared features (standing in for the repository's
``generate_data``), 5 folds, six learning rates; the plots are left out.

Truth: ``accurcy`` (sic), ``cost_cv`` and ``cost_train`` of each line, without a step (the
leading number is the learning rate, a setting). ``BEST LR`` is a setting.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(21)
    n = 400
    r = np.where(rng.random(n) < 0.5, 1.0, 2.0) + rng.normal(0, 0.3, n)
    a = rng.uniform(0, 2 * np.pi, n)
    pts = np.c_[r * np.cos(a), r * np.sin(a)]
    x_data = np.c_[pts, pts ** 2]
    y_data = (r > 1.5).astype(float).reshape(-1, 1)
    truth = Truth()

    class FeedforwardNeuralNetwork:
        def __init__(self, sizes, lam=1e-3):
            self.sizes, self.lam = sizes, lam
            self.weights = self.initialize_weights()

        def initialize_weights(self):
            return [rng.normal(0, 1 / np.sqrt(i), (i + 1, o))
                    for i, o in zip(self.sizes[:-1], self.sizes[1:])]

        def forward_pass(self, x, weights):
            acts = [x]
            for w in weights:
                acts.append(1 / (1 + np.exp(-(np.c_[np.ones(len(acts[-1])), acts[-1]] @ w))))
            return acts, None

        def binary_cross_entropy_loss(self, h, y, weights):
            h = np.clip(h, 1e-12, 1 - 1e-12)
            reg = self.lam / (2 * len(y)) * sum(np.sum(w[1:] ** 2) for w in weights)
            return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + reg

        def fit(self, x, y, num_epochs, lr):
            costs = []
            for _ in range(num_epochs):
                acts, _ = self.forward_pass(x, self.weights)
                delta = (acts[-1] - y) / len(y)
                for k in range(len(self.weights) - 1, -1, -1):
                    a_b = np.c_[np.ones(len(acts[k])), acts[k]]
                    grad = a_b.T @ delta
                    grad[1:] += self.lam / len(y) * self.weights[k][1:]
                    if k:
                        delta = (delta @ self.weights[k][1:].T) * acts[k] * (1 - acts[k])
                    self.weights[k] = self.weights[k] - lr * grad
                costs.append(self.binary_cross_entropy_loss(
                    self.forward_pass(x, self.weights)[0][-1], y, self.weights))
            return costs

    def test(network, x, y):
        preds = (network.forward_pass(x, network.weights)[0][-1] > 0.5).astype(float)
        return np.mean(preds == y), preds

    def compute_cost(network, x, y):
        h = network.forward_pass(x, network.weights)[0][-1]
        return network.binary_cross_entropy_loss(h, y, network.weights)

    def cross_validation(x, y, fold_num, num_epochs, lr, net):
        x_val_folds, y_val_folds = np.array_split(x, fold_num), np.array_split(y, fold_num)
        fold_acc, fold_cost = [], []
        for i in range(fold_num):
            net.weights = net.initialize_weights()
            x_train = np.concatenate([x_val_folds[j] for j in range(fold_num) if j != i])
            y_train = np.concatenate([y_val_folds[j] for j in range(fold_num) if j != i])
            net.fit(x_train, y_train, num_epochs, lr)
            acc, _ = test(net, x_val_folds[i], y_val_folds[i])
            fold_acc.append(acc)
            fold_cost.append(compute_cost(net, x_val_folds[i], y_val_folds[i]))
        return np.mean(fold_acc), np.mean(fold_cost)

    net = FeedforwardNeuralNetwork([4, 8, 1])
    learning_rates, fold_num, num_epochs = [0.01, 0.05, 0.1, 0.5, 1.0, 2.0], 5, 300
    best_lr, best_cost = None, float("inf")
    for lr in learning_rates:
        cv_acc, cv_cost = cross_validation(x_data, y_data, fold_num, num_epochs, lr, net)
        if best_cost > cv_cost:
            best_cost, best_lr = cv_cost, lr
        net.weights = net.initialize_weights()
        net.fit(x_data, y_data, num_epochs, lr)
        final_cost = compute_cost(net, x_data, y_data)
        print(lr, "accurcy", cv_acc, "cost_cv", cv_cost, "cost_train", final_cost)
        truth.add(accurcy=cv_acc, cost_cv=cv_cost, cost_train=final_cost)
    print("\nBEST LR:", best_lr)
    truth.write("the sweep's cross-validated accuracies and costs", rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"lrsweep": run}, root=HELDOUT53)
