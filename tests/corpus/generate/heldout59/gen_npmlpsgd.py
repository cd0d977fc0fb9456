"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A NumPy two-layer network trained with SGD, step learning-rate decay and L2, through the
``Trainer`` of XunDaoyingZzz/deeplearning ``hw1/train.py``: after each epoch
``f"Epoch {epoch:3d}/{epochs} | lr={self.lr:.6f} | train_loss={train_loss:.4f} |
val_loss={val_loss:.4f} | val_acc={val_acc:.4f}{' *' if val_acc >= best_val_acc else ''}"``
(a trailing `` *`` on a new best), and at the end ``f"\\nTraining complete. Best val acc:
{best_val_acc:.4f}"``. The best model and the history are not saved. The repository's model
and ``batch_iterator`` modules were not read: here a 64-32-10 ReLU/softmax network with its
own backward, batches of 128 shuffled each epoch. Here: sklearn's digits, lr 0.1, decay 0.95
every 5 epochs, reg 1e-4, 15 epochs.

Truth: ``train_loss``, ``val_loss`` and ``val_acc`` at the printed epoch, and ``Best val acc``
without a step; ``lr`` is a schedule (neither).
"""

from _toy import digits
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np

    Xtr, ytr, Xva, yva, _, _ = digits(seed=50)
    Xtr, ytr, Xva, yva = Xtr.numpy(), ytr.numpy(), Xva.numpy(), yva.numpy()
    rng = np.random.default_rng(50)
    truth = Truth()

    class Model:
        def __init__(self):
            self.W1 = rng.normal(0, 0.1, (64, 32)); self.b1 = np.zeros(32)
            self.W2 = rng.normal(0, 0.1, (32, 10)); self.b2 = np.zeros(10)

        def forward(self, X):
            self.X, self.h = X, np.maximum(X @ self.W1 + self.b1, 0)
            z = self.h @ self.W2 + self.b2
            e = np.exp(z - z.max(1, keepdims=True))
            self.p = e / e.sum(1, keepdims=True)
            return self.p

        def backward(self, y, reg):
            d = self.p.copy(); d[np.arange(len(y)), y] -= 1; d /= len(y)
            dh = (d @ self.W2.T) * (self.h > 0)
            return {'W2': self.h.T @ d + reg * self.W2, 'b2': d.sum(0),
                    'W1': self.X.T @ dh + reg * self.W1, 'b1': dh.sum(0)}

    def batch_iterator(X, y, batch_size, shuffle=True):
        idx = rng.permutation(len(X)) if shuffle else np.arange(len(X))
        for i in range(0, len(X), batch_size):
            yield X[idx[i:i + batch_size]], y[idx[i:i + batch_size]]

    class Trainer:
        def __init__(self, model, lr=0.01, lr_decay=0.95, lr_step=10, reg=1e-4, batch_size=128):
            self.model, self.lr_init, self.lr = model, lr, lr
            self.lr_decay, self.lr_step, self.reg, self.batch_size = lr_decay, lr_step, reg, batch_size

        def compute_loss(self, probs, y):
            N = len(y)
            data_loss = -np.mean(np.log(probs[np.arange(N), y] + 1e-12))
            reg_loss = 0.5 * self.reg * (np.sum(self.model.W1 ** 2) + np.sum(self.model.W2 ** 2))
            return data_loss + reg_loss

        def _sgd_step(self, grads):
            for k in ('W1', 'b1', 'W2', 'b2'):
                setattr(self.model, k, getattr(self.model, k) - self.lr * grads[k])

        def _update_lr(self, epoch):
            self.lr = self.lr_init * (self.lr_decay ** (epoch // self.lr_step))

        def evaluate(self, X, y):
            probs = self.model.forward(X)
            return self.compute_loss(probs, y), np.mean(np.argmax(probs, axis=1) == y)

        def train(self, X_train, y_train, X_val, y_val, epochs=50, verbose=True):
            best_val_acc = 0.0
            for epoch in range(1, epochs + 1):
                self._update_lr(epoch)
                epoch_losses = []
                for X_batch, y_batch in batch_iterator(X_train, y_train, self.batch_size, shuffle=True):
                    probs = self.model.forward(X_batch)
                    epoch_losses.append(self.compute_loss(probs, y_batch))
                    self._sgd_step(self.model.backward(y_batch, reg=self.reg))
                train_loss = np.mean(epoch_losses)
                val_loss, val_acc = self.evaluate(X_val, y_val)
                if val_acc > best_val_acc:
                    best_val_acc = val_acc
                if verbose:
                    print(f"Epoch {epoch:3d}/{epochs} | "
                          f"lr={self.lr:.6f} | "
                          f"train_loss={train_loss:.4f} | "
                          f"val_loss={val_loss:.4f} | "
                          f"val_acc={val_acc:.4f}"
                          f"{' *' if val_acc >= best_val_acc else ''}")
                    truth.add(at=epoch, train_loss=train_loss, val_loss=val_loss, val_acc=val_acc)
            print(f"\nTraining complete. Best val acc: {best_val_acc:.4f}")
            truth.add(**{"Best val acc": best_val_acc})

    Trainer(Model(), lr=0.1, lr_decay=0.95, lr_step=5).train(Xtr, ytr, Xva, yva, epochs=15)
    truth.write("the epoch's mean batch loss and evaluate() on the validation rows",
                libraries=("numpy",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"npmlpsgd": run}, root=HELDOUT59)
