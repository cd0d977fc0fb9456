"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A one-parameter-pair gradient-descent loop printing as Sillians/grokking_deep_learning
``grokking_deep_learning/chapter_preliminaries/calculus/partial_derivatives_gradients_from_scratch.py``:
``print(f"Epoch {epoch+1}: Loss = {loss:.4f}, w = {w:.4f}, b = {b:.4f}")`` (the loss computed
before the update, ``w`` and ``b`` after it). The original fits one point; here the same
half-squared-error loop fits a line to 8 noisy points (the mean loss and mean gradients), 15
epochs.

Truth: ``Loss`` at the printed epoch; ``w`` and ``b`` are the fitted parameters (optional, as a
tool may keep them or not).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(18)
    x = np.linspace(0, 2, 8)
    y_true = 3.0 * x + 1.0 + rng.normal(0, 0.2, 8)
    w, b = 1.0, 0.0
    learning_rate, epochs = 0.1, 15
    truth = Truth()
    for epoch in range(epochs):
        y_pred = w * x + b
        loss = float(np.mean(0.5 * (y_pred - y_true) ** 2))
        dL_dy_pred = y_pred - y_true
        w = w - learning_rate * float(np.mean(dL_dy_pred * x))
        b = b - learning_rate * float(np.mean(dL_dy_pred))
        print(f"Epoch {epoch+1}: Loss = {loss:.4f}, w = {w:.4f}, b = {b:.4f}")
        truth.add(at=epoch + 1, Loss=loss)
        truth.allow(w=w, b=b)
    truth.write("the script's loss before each update", libraries=("numpy",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"grokking": run}, root=HELDOUT37)
