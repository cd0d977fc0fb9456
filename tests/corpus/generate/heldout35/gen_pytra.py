"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as yaneurao/Pytra ``test/fixtures/signature/ok_fstring_format_spec.py``: a training-log
formatter ``fmt(step, num_steps, loss)`` returning ``f"step {step+1:4d} / {num_steps:4d} | loss
{loss:.4f}"`` (a fixture of that transpiler's test suite, written in the shape of a training
loop's line); here printed every 5 steps of a 120-step NumPy logistic regression by SGD on a
synthetic two-class problem (mini-batches of 16).

Truth: ``loss`` at step ``step`` (the printed step, one-based), four decimals.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    def fmt(step: int, num_steps: int, loss: float) -> str:
        return f"step {step+1:4d} / {num_steps:4d} | loss {loss:.4f}"

    rng = np.random.default_rng(23)
    n = 600
    y = rng.integers(2, size=n)
    X = rng.normal(size=(n, 6)) + 0.7 * (2 * y[:, None] - 1) * rng.normal(size=6)
    w, b = np.zeros(6), 0.0
    num_steps = 120
    truth = Truth()
    for step in range(num_steps):
        idx = rng.integers(n, size=16)
        p = 1 / (1 + np.exp(-(X[idx] @ w + b)))
        loss = float(-np.mean(y[idx] * np.log(p + 1e-12) + (1 - y[idx]) * np.log(1 - p + 1e-12)))
        w -= 0.1 * X[idx].T @ (p - y[idx]) / 16
        b -= 0.1 * float((p - y[idx]).mean())
        if step % 5 == 0:
            print(fmt(step, num_steps, loss))
            truth.add(at=step + 1, loss=loss)
    truth.write("the script's mini-batch loss at every fifth step",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"pytra": run}, root=HELDOUT35)
