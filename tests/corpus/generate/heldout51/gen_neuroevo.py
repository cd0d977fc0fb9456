"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Neuroevolution of a small classifier printing as sckaff/logos ``agents/evolution.py`` (commit
480af8b3): one line a generation, ``Generation 1, Best Accuracy: 0.6543``, and after the loop
``Final Test Accuracy: 0.9123``. Here: our own population of 30 one-hidden-layer NumPy nets on
scikit-learn's breast-cancer data (standardised, 400 train / 169 test), fitness = training
accuracy, the 5 best kept each generation and the rest refilled with Gaussian mutations of
randomly picked elites, 30 generations.

Truth: ``Best Accuracy`` at the printed generation (1-based as printed); ``Final Test Accuracy``
with no step (the label kept as printed).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    rng = np.random.default_rng(480)
    X, y = load_breast_cancer(return_X_y=True)
    idx = rng.permutation(len(X))
    X, y = X[idx], y[idx]
    X = (X - X[:400].mean(0)) / X[:400].std(0)
    X_train, y_train, X_test, y_test = X[:400], y[:400], X[400:], y[400:]

    class NeuralNetwork:
        def __init__(self, params=None):
            if params is None:
                params = [rng.normal(0, 0.5, (30, 8)), np.zeros(8),
                          rng.normal(0, 0.5, (8, 2)), np.zeros(2)]
            self.params = params

        def predict(self, x):
            w1, b1, w2, b2 = self.params
            return np.argmax(np.tanh(x @ w1 + b1) @ w2 + b2, axis=1)

    def evaluate(nn, x, t):
        return float(np.mean(nn.predict(x) == t))

    def mutate(parent, rate):
        return NeuralNetwork([p + rng.normal(0, rate, p.shape) for p in parent.params])

    population_size, generations, top_k, mutation_rate = 30, 30, 5, 0.1
    truth = Truth()
    population = [NeuralNetwork() for _ in range(population_size)]
    for gen in range(generations):
        fitness_scores = [evaluate(nn, X_train, y_train) for nn in population]
        sorted_indices = np.argsort(fitness_scores, kind="stable")[::-1]
        best_networks = [population[i] for i in sorted_indices[:top_k]]
        best = fitness_scores[sorted_indices[0]]
        print(f"Generation {gen+1}, Best Accuracy: {best:.4f}")
        truth.add(at=gen + 1, **{"Best Accuracy": best})
        new_population = best_networks[:]
        while len(new_population) < population_size:
            parent = best_networks[int(rng.integers(top_k))]
            new_population.append(mutate(parent, mutation_rate))
        population = new_population

    test_accuracy = evaluate(best_networks[0], X_test, y_test)
    print(f"Final Test Accuracy: {test_accuracy:.4f}")
    truth.add(**{"Final Test Accuracy": test_accuracy})
    truth.write("the best training accuracy of each generation and the final test accuracy",
                libraries=("numpy", "scikit-learn"), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"neuroevo": run}, root=HELDOUT51)
