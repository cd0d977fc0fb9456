"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A NumPy matrix factorisation with biases, trained by per-rating gradient steps, printing as
supkoon/MatrixFactorization ``MF.py``: each epoch ``"Epoch: %d ; loss = %.4f ; test_loss =
%.4f"`` (the root of the summed squared error over the count of rated cells, train and test),
then ``plot_results`` prints the ``training_process`` list as a pandas DataFrame with the
columns ``epoch`` (0-based), ``train_loss`` and ``test_loss`` (pandas' own float rendering).
Here: a synthetic 30x40 rating matrix (ratings 1..5 from a rank-3 taste model, 35% observed,
a fifth of the observed cells held out), 20 latent factors, 12 epochs.

Truth: ``loss`` and ``test_loss`` of each epoch line at the printed 1-based epoch; the table's
``train_loss`` and ``test_loss`` columns at the row's ``epoch`` value (0-based) as the step.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(5)
    U, V = rng.normal(size=(30, 3)), rng.normal(size=(40, 3))
    full = np.clip(np.rint(3 + U @ V.T * 0.8 + rng.normal(0, 0.3, (30, 40))), 1, 5)
    observed = rng.random((30, 40)) < 0.35
    held = observed & (rng.random((30, 40)) < 0.2)
    ratings = np.where(observed & ~held, full, 0.0)
    test_ratings = np.where(held, full, 0.0)
    confidence = np.ones_like(ratings)
    truth = Truth()

    class MatrixFactorization():
        def __init__(self, ratings, test_ratings, latent_factors, learning_rate, confidence,
                     reg, epochs):
            self.ratings = ratings
            self.test_ratings = test_ratings
            self.num_user, self.num_item = ratings.shape
            self.latent_factors = latent_factors
            self.learning_rate = learning_rate
            self.reg = reg
            self.epochs = epochs
            self.confidence = confidence

        def fit(self):
            np.random.seed(3)
            self.p_u = np.random.normal(size=(self.num_user, self.latent_factors))
            self.q_i = np.random.normal(size=(self.num_item, self.latent_factors))
            self.b_u = np.zeros(self.num_user)
            self.b_i = np.zeros(self.num_item)
            self.b = np.mean(self.ratings[self.ratings != 0])
            self.training_process = []
            for epoch in range(self.epochs):
                for i in range(self.num_user):
                    for j in range(self.num_item):
                        if self.ratings[i, j] > 0:
                            self.gradient_descent(i, j, self.ratings[i, j])
                loss = self.loss()
                test_loss = self.test_loss()
                self.training_process.append((epoch, loss, test_loss))
                print("Epoch: %d ; loss = %.4f ; test_loss = %.4f" % (epoch + 1, loss, test_loss))
                truth.add(at=epoch + 1, loss=loss, test_loss=test_loss)

        def test_loss(self):
            xi, yi = self.test_ratings.nonzero()
            predicted = self.get_whole_prediction()
            test_loss = 0
            for x, y in zip(xi, yi):
                test_loss += np.power(self.test_ratings[x, y] - predicted[x, y], 2)
            return np.sqrt(test_loss) / len(xi)

        def loss(self):
            xi, yi = self.ratings.nonzero()
            predicted = self.get_whole_prediction()
            loss = 0
            for x, y in zip(xi, yi):
                loss += np.power(self.ratings[x, y] - predicted[x, y], 2)
            return np.sqrt(loss) / len(xi)

        def gradient_descent(self, i, j, rating):
            prediction = self.get_each_prediction(i, j)
            c = self.confidence[i][j]
            dbu = -2 * c * (rating - self.b_u[i] - self.b_i[j] - self.b - prediction) \
                + 2 * self.reg * self.b_u[i]
            dbi = -2 * c * (rating - self.b_u[i] - self.b_i[j] - self.b - prediction) \
                + 2 * self.reg * self.b_i[i]
            self.b_u[i] -= self.learning_rate * dbu
            self.b_i[j] -= self.learning_rate * dbi
            err = rating - self.b_u[i] - self.b_i[j] - self.b - prediction
            dp = -2 * c * err * self.q_i[j, :] + 2 * (self.reg * self.p_u[i, :])
            dq = -2 * c * err * self.p_u[i, :] + 2 * (self.reg * self.q_i[j, :])
            self.p_u[i, :] -= self.learning_rate * dp
            self.q_i[j, :] -= self.learning_rate * dq

        def get_each_prediction(self, i, j):
            return self.b + self.b_u[i] + self.b_i[j] + np.dot(self.p_u[i, :], self.q_i[j, :].T)

        def get_whole_prediction(self):
            return (self.b + self.b_u[:, np.newaxis] + self.b_i[np.newaxis:, ]
                    + np.dot(self.p_u, self.q_i.T))

        def plot_results(self):
            df = pd.DataFrame(self.training_process)
            df.columns = ["epoch", "train_loss", "test_loss"]
            print(df)
            for epoch, tr, te in self.training_process:
                truth.add(at=epoch, train_loss=tr, test_loss=te)

    MF = MatrixFactorization(ratings, test_ratings, 20, 0.003, confidence, 0.01, 12)
    MF.fit()
    MF.plot_results()
    truth.write("the script's own loss() and test_loss() values and its training_process list",
                libraries=("numpy", "pandas"), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"supkoonmf": run}, root=HELDOUT59)
