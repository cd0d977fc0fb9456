"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as Swarno-Coder/ERNet ``callback.py``: an ``EarlyStopping(verbose=True)`` called with
each epoch's validation loss prints ``Validation loss decreased ({best:.6f} --> {val:.6f}).
Saving model ...`` when it improves (the first call prints it with both numbers the same) and
``EarlyStopping counter: {counter} out of {patience}`` when it does not; nothing else is
printed (the training loop that calls it is not in the file, so ours prints no line of its
own). Training stops when the counter reaches the patience. Here: a NumPy polynomial
regression (degree 9 features, plain gradient descent with a large step) on 40 noisy points,
validated on 40 others, patience 4, at most 60 epochs; no file is saved.

Truth: ``val/loss``, the new validation loss after ``-->`` on each improvement line (the
line names the validation loss); the previous best before the arrow optional under the same
name. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(18)
    x = rng.uniform(-1, 1, 80)
    y = np.sin(3 * x) + rng.normal(0, 0.3, 80)
    F = np.stack([x ** k for k in range(10)], 1)
    Ftr, ytr, Fva, yva = F[:40], y[:40], F[40:], y[40:]
    w = np.zeros(10)
    truth = Truth()

    class EarlyStopping:
        def __init__(self, patience=4, verbose=True):
            self.patience, self.verbose = patience, verbose
            self.counter, self.best_loss, self.early_stop = 0, None, False

        def __call__(self, val_loss):
            if self.best_loss is None:
                self.best_loss = val_loss
                self.save_checkpoint(val_loss)
            elif val_loss > self.best_loss:
                self.counter += 1
                if self.verbose:
                    print(f'EarlyStopping counter: {self.counter} out of {self.patience}')
                if self.counter >= self.patience:
                    self.early_stop = True
            else:
                self.save_checkpoint(val_loss)
                self.best_loss = val_loss
                self.counter = 0

        def save_checkpoint(self, val_loss):
            if self.verbose:
                print(f'Validation loss decreased ({self.best_loss:.6f} --> {val_loss:.6f}).  Saving model ...')
                truth.add(**{"val/loss": val_loss})
                truth.allow(**{"val/loss": self.best_loss})

    stopper = EarlyStopping()
    for epoch in range(60):
        for _ in range(50):
            w -= 0.3 * Ftr.T @ (Ftr @ w - ytr) / len(ytr)
        w += rng.normal(0, 0.02, 10)  # noisy updates, so the validation loss wanders
        val_loss = float(((Fva @ w - yva) ** 2).mean())
        stopper(val_loss)
        if stopper.early_stop:
            break
    truth.write("the script's validation losses, printed by the early-stopping callback",
                libraries=("numpy",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"swarno": run}, root=HELDOUT35)
