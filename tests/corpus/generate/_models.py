"""A real (small) model for generators whose library only prints: logistic regression trained
with full-batch gradient descent in NumPy on a fixed synthetic data set, so that the numbers
behave like training numbers (falling loss, rising accuracy, a validation gap)."""

from __future__ import annotations

from collections.abc import Iterator


def logistic_regression(lr: float, epochs: int, seed: int = 0, steps_per_epoch: int = 4,
                        lr_decay: float = 1.0) -> Iterator[dict[str, float]]:
    """Yield one dict per epoch: ``epoch`` (1-based), ``train_loss``, ``train_acc``,
    ``val_loss``, ``val_acc``, ``grad_norm`` (of the last step) and ``lr`` (the rate the
    epoch's `steps_per_epoch` minibatch steps used; it is multiplied by `lr_decay` after each
    epoch)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    w_true = rng.normal(size=6)
    x = rng.normal(size=(320, 6))
    y = (rng.random(320) < 1 / (1 + np.exp(-x @ w_true))).astype(float)
    x_train, y_train, x_val, y_val = x[:256], y[:256], x[256:], y[256:]
    w = np.zeros(6)

    def evaluate(xs, ys):
        p = np.clip(1 / (1 + np.exp(-xs @ w)), 1e-9, 1 - 1e-9)
        loss = -np.mean(ys * np.log(p) + (1 - ys) * np.log(1 - p))
        return float(loss), float(np.mean((p > 0.5) == (ys == 1)))

    batch = len(x_train) // steps_per_epoch
    for epoch in range(1, epochs + 1):
        grad_norm = 0.0
        for step in range(steps_per_epoch):
            xb = x_train[step * batch:(step + 1) * batch]
            yb = y_train[step * batch:(step + 1) * batch]
            grad = xb.T @ (1 / (1 + np.exp(-xb @ w)) - yb) / len(xb)
            grad_norm = float(np.linalg.norm(grad))
            w = w - lr * grad
        train_loss, train_acc = evaluate(x_train, y_train)
        val_loss, val_acc = evaluate(x_val, y_val)
        yield {"epoch": epoch, "train_loss": train_loss, "train_acc": train_acc,
               "val_loss": val_loss, "val_acc": val_acc, "grad_norm": grad_norm, "lr": lr}
        lr *= lr_decay
