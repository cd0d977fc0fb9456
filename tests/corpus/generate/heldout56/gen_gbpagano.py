"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A from-scratch NumPy network printing as gbPagano/nn_from_scratch
``python/nn_from_scratch/neural_network.py`` (``fit``) with ``utils.py``'s Rich ``Progress``
(``TextColumn("Training...")``, ``BarColumn()``, ``TaskProgressColumn()``,
``MofNCompleteColumn()``, ``TimeRemainingColumn()``, ``TimeElapsedColumn()``): inside ``with
progress:`` and ``progress.track(range(1, epochs + 1), description="Training...")``, every
``evaluate_step`` epochs ``progress.console.print(f"Epoch: {padding}{epoch} | Loss: {loss}")``
(the epoch right-aligned by hand, the mean MSE unformatted). A terminal gets the live bar, a
pipe only the printed lines and the bar's final state, so the pipe capture differs. Here: the
script's Dense/ELU/Dense/ELU/Dense/TanH stack (64-28-19-10) trained sample by sample on 600 of
sklearn's 8x8 digits with one-hot targets, alpha 0.02, 20 epochs, ``evaluate_step=1`` as in
``mnist_kaggle.py``.

Truth: ``Loss`` at the printed epoch.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)

    progress = Progress(TextColumn("Training..."), BarColumn(), TaskProgressColumn(),
                        MofNCompleteColumn(), TimeRemainingColumn(), TimeElapsedColumn())
    np.random.seed(17)
    X, y = digits_np(seed=17)
    x_train = X[:600].reshape(600, 64, 1)
    y_train = np.eye(10)[y[:600]].reshape(600, 10, 1)
    sizes = [(64, 28), (28, 19), (19, 10)]
    Ws = [np.random.randn(o, i) * np.sqrt(1 / i) for i, o in sizes]
    bs = [np.zeros((o, 1)) for i, o in sizes]
    epochs, alpha, evaluate_step = 20, 0.02, 1
    truth = Truth()

    def elu(z):
        return np.where(z > 0, z, np.exp(np.minimum(z, 0)) - 1)

    with progress:
        for epoch in progress.track(range(1, epochs + 1), description="Training..."):
            indexes = np.random.permutation(len(x_train))
            x_train, y_train = x_train[indexes], y_train[indexes]
            loss = 0
            for x, t in zip(x_train, y_train):
                acts, zs = [x], []
                for k, (W, b) in enumerate(zip(Ws, bs)):
                    z = W.dot(acts[-1]) + b
                    zs.append(z)
                    acts.append(np.tanh(z) if k == 2 else elu(z))
                out = acts[-1]
                loss += np.mean((t - out) ** 2)
                grad = 2 * (out - t) / t.size
                for k in (2, 1, 0):
                    z = zs[k]
                    d = grad * ((1 - np.tanh(z) ** 2) if k == 2 else np.where(z > 0, 1.0, np.exp(np.minimum(z, 0))))
                    grad = Ws[k].T.dot(d)
                    Ws[k] -= alpha * d.dot(acts[k].T)
                    bs[k] -= alpha * d
            loss /= len(x_train)
            if not (epoch % evaluate_step):
                padding = " " * (len(str(epochs)) - len(str(epoch)))
                progress.console.print(f"Epoch: {padding}{epoch} | Loss: {loss}")
                truth.add(at=epoch, Loss=loss)
    truth.write("the script's epoch mean squared error", libraries=("numpy", "rich"),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"gbpagano": run}, root=HELDOUT56)
