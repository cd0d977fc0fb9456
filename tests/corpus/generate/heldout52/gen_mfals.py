"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written matrix-factorisation recommender printing as berryweinst/MfRecommender
``model.py`` (commit 39add99c): ``Starting training ...``, per epoch
``[Epoch %d] : train RMSE = %.4f``, every fifth epoch (from epoch 0)
``[Epoch %d] : evaluation RMSE = %.4f``, and at the end ``Test RMSE: %.4f``. The alternating
least squares step (unrated items as zeros, the biases left at zero) and the RMSE over the
rated entries are the original's. Here: a synthetic 60-user, 40-item rating matrix on a 1-5
scale (a low-rank model plus noise, a third of the entries rated) split 80/20 per user in place
of MovieLens-1M, latent size 5, 16 epochs.

Truth: ``train RMSE`` and ``evaluation RMSE`` at the epoch printed in the brackets;
``Test RMSE`` without a step.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import numpy as np
    from numpy.linalg import solve

    truth = Truth()

    class MFModel:
        def __init__(self, rates_dict, ratings_test, num_users, num_items, hidden_dim, lr,
                     gamma, epochs, optimizer, reg_u, reg_i):
            self.ratings_dict, self.ratings_test = rates_dict, ratings_test
            self.num_users, self.num_items, self.K = num_users, num_items, hidden_dim
            self.lr, self.optimizer, self.gamma, self.epochs = lr, optimizer, gamma, epochs
            self.regulizer_items, self.regulizer_users = reg_i, reg_u

        def init(self, isize, ik):
            return np.random.normal(scale=1.0 / ik, size=(isize, ik))

        def train_model(self):
            self.samples = []
            for u, items in self.ratings_dict.items():
                for i, r, _ in items:
                    self.samples += [(u, i, r)]
            self.U = self.init(self.num_users, self.K)
            self.V = self.init(self.num_items, self.K)
            self.bu = np.zeros(self.num_users)
            self.bv = np.zeros(self.num_items)
            for epoch in range(self.epochs):
                np.random.shuffle(self.samples)
                self.LearnModelFromDataUsingALS()
                train_rmse = self.RMSE()
                print("[Epoch %d] : train RMSE = %.4f" % (epoch, train_rmse))
                truth.add(at=epoch, **{"train RMSE": train_rmse})
                if epoch % 5 == 0:
                    eval_rmse = self.RMSE(self.ratings_test)
                    print("[Epoch %d] : evaluation RMSE = %.4f" % (epoch, eval_rmse))
                    truth.add(at=epoch, **{"evaluation RMSE": eval_rmse})

        def LearnModelFromDataUsingALS(self):
            VtV = self.V.T.dot(self.V)
            lambda_i = np.eye(self.K) * self.regulizer_users
            for u_idx in range(self.U.shape[0]):
                user_items = np.zeros([self.num_items])
                for i, r, _ in self.ratings_dict[u_idx]:
                    user_items[i] = r
                self.U[u_idx, :] = solve((VtV + lambda_i), user_items.dot(self.V))
            UtU = self.U.T.dot(self.U)
            lambda_i = np.eye(self.K) * self.regulizer_items
            for i_idx in range(self.V.shape[0]):
                item_users = np.zeros([self.num_users])
                for u_idx, items in self.ratings_dict.items():
                    rate = [t[1] for t in items if i_idx == t[0]] or None
                    if rate:
                        item_users[u_idx] = rate[0]
                self.V[i_idx, :] = solve((UtU + lambda_i), item_users.dot(self.U))

        def RMSE(self, rating_dict=None):
            rating_dict = rating_dict if rating_dict is not None else self.ratings_dict
            mod_pred = self.bu[:, np.newaxis] + self.bv[np.newaxis:, ] + self.U.dot(self.V.T)
            total_err, r_cnt = 0, 0
            for u, items in rating_dict.items():
                for i, r, _ in items:
                    total_err += pow(r - mod_pred[u, i], 2)
                    r_cnt += 1
            return np.sqrt(total_err / r_cnt)

    # synthetic ratings in place of ml-1m's ratings.dat: (item, rating, timestamp) per user
    rng = np.random.default_rng(39)
    users, items = 60, 40
    A, B = rng.normal(0, 1, (users, 3)), rng.normal(0, 1, (items, 3))
    full = np.clip(np.rint(3 + A @ B.T * 0.8 + rng.normal(0, 0.5, (users, items))), 1, 5)
    X_train, X_test = {}, {}
    for u in range(users):
        rated = sorted(rng.choice(items, 14, replace=False))
        stamps = rng.integers(9.6e8, 9.8e8, len(rated))
        rows = sorted(zip(rated, full[u, rated].astype(int), stamps), key=lambda t: t[2])
        cut = int(len(rows) * 0.8)
        X_train[u], X_test[u] = rows[:cut], rows[cut:]

    np.random.seed(5)
    model = MFModel(X_train, X_test, users, items, hidden_dim=5, lr=0.005, gamma=0.001,
                    epochs=16, reg_u=0.01, reg_i=0.01, optimizer="als")
    print("Starting training ...")
    model.train_model()
    test_rmse = model.RMSE(X_test)
    print("Test RMSE: %.4f" % (test_rmse))
    truth.add(**{"Test RMSE": test_rmse})
    truth.write("the script's root mean squared errors over the rated entries",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mfals": run}, root=HELDOUT52)
