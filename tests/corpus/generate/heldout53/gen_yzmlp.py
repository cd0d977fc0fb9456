"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A NumPy MLP trained and shown as YZ-Cai/Fashion-MNIST-Classifier ``core/train.py``
(``train``): per epoch a ``tqdm`` bar (``total=num_batch+1``, ``desc=f'Epoch {epoch+1}'``)
updated each batch with ``set_postfix({'Train loss': loss, 'Train accuracy': accuracy})``
(NumPy floats, which tqdm shows to three significant digits), then once more with the epoch
means and ``'Val accuracy'``. Here: a 64-128-10 ReLU/softmax network in NumPy on sklearn's
digits (instead of Fashion-MNIST), 5% held out for validation, batch 512 (3 batches), SGD with
the original's learning rate ``2e-3 * 0.95**epoch`` scaled by 100 (the digits are 40 times
fewer images) and L2 1e-4, 2 epochs; the model file is not written. The bars are never closed,
as in the original (each is finished when the next epoch's bar replaces it).

Truth: every postfix state once (``set_postfix`` redraws at once): ``Train loss``, ``Train
accuracy`` and, in the epoch's last state, ``Val accuracy``, at the epoch of the description;
tolerance for tqdm's three significant digits.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import digits_np
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import tqdm

    X, y, _, _ = digits_np(seed=13)
    rng = np.random.default_rng(13)

    def cross_entropy_loss(labels, y_pred):
        return -np.mean(np.log(y_pred[np.arange(len(labels)), labels] + 1e-12))

    class Model:
        def __init__(self):
            self.W1 = rng.normal(0, np.sqrt(2 / 64), (64, 128))
            self.b1 = np.zeros(128)
            self.W2 = rng.normal(0, np.sqrt(2 / 128), (128, 10))
            self.b2 = np.zeros(10)

        def forward(self, x):
            self.x = x
            self.h = np.maximum(0, x @ self.W1 + self.b1)
            z = self.h @ self.W2 + self.b2
            e = np.exp(z - z.max(1, keepdims=True))
            return e / e.sum(1, keepdims=True)

        def backward(self, labels, y_pred):
            d = y_pred.copy()
            d[np.arange(len(labels)), labels] -= 1
            d /= len(labels)
            self.gW2, self.gb2 = self.h.T @ d, d.sum(0)
            dh = (d @ self.W2.T) * (self.h > 0)
            self.gW1, self.gb1 = self.x.T @ dh, dh.sum(0)

        def step(self, lr, l2_reg):
            self.W1 -= lr * (self.gW1 + l2_reg * self.W1)
            self.W2 -= lr * (self.gW2 + l2_reg * self.W2)
            self.b1 -= lr * self.gb1
            self.b2 -= lr * self.gb2

    model = Model()
    n_val = int(len(X) * 0.05)
    val_images, val_labels = X[:n_val], y[:n_val]
    images, labels_all = X[n_val:], y[n_val:]
    batch_size, num_epoch, init_lr, gamma, l2_reg = 512, 2, 2e-3, 0.95, 1e-4
    truth = Truth()

    def test(imgs, labs):
        return np.mean(np.argmax(model.forward(imgs), axis=1) == labs)

    for epoch in range(num_epoch):
        order = rng.permutation(len(images))
        num_batch = int(np.ceil(len(images) / batch_size))
        losses, accuracies = [], []
        lr = init_lr * (gamma ** epoch) * 100
        progress_bar = tqdm(total=num_batch + 1, desc=f'Epoch {epoch+1}')
        for idx in range(num_batch):
            j = order[idx * batch_size:(idx + 1) * batch_size]
            imgs, labels = images[j], labels_all[j]
            y_pred = model.forward(imgs)
            loss = cross_entropy_loss(labels, y_pred)
            accuracy = np.mean(np.argmax(y_pred, axis=1) == labels)
            model.backward(labels, y_pred)
            model.step(lr, l2_reg)
            losses.append(loss)
            accuracies.append(accuracy)
            progress_bar.set_postfix({'Train loss': loss, 'Train accuracy': accuracy})
            progress_bar.update(1)
            truth.add(at=epoch + 1, **{"Train loss": loss, "Train accuracy": accuracy})
        val_accuracy = test(val_images, val_labels)
        progress_bar.set_postfix({'Train loss': np.mean(np.array(losses)),
                                  'Train accuracy': np.mean(np.array(accuracies)),
                                  'Val accuracy': val_accuracy})
        progress_bar.update(1)
        truth.add(at=epoch + 1, **{"Train loss": np.mean(losses),
                                   "Train accuracy": np.mean(accuracies),
                                   "Val accuracy": val_accuracy})
    truth.write("the loop's batch losses and accuracies, epoch means and validation accuracy",
                libraries=("tqdm",), rel=5e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"yzmlp": run}, root=HELDOUT53)
