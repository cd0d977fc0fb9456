"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A training command written with Click (options with defaults, ``click.echo``, ``click.secho``,
``click.progressbar``), fitting scikit-learn's ``SGDClassifier(loss="log_loss")`` with
``partial_fit`` on mini-batches of ``make_classification`` data:

* ``Training with lr=0.05 epochs=4 batch_size=50 seed=0 (alpha=0.0001)``: the options, once;
* per epoch a progress bar ``Epoch 1/4  [#############-------]  3/8  batch loss 0.5561`` (on a
  terminal redrawn with ``\\r`` and cursor hiding; off a terminal Click prints only the label
  ``Epoch 2/4``);
* ``epoch 2: train_loss=0.4968 val_loss=0.4254 val_acc=0.7800`` in green when the validation
  loss improved, yellow otherwise (``secho``: colours only on a terminal);
* ``Best val_acc: 0.8700 (epoch 3)`` in bold, ``Saved model to runs/click/model.pkl (1.2 kB)``.

Truth: ``sklearn.metrics.log_loss`` / ``accuracy_score`` on the classifier's own predictions.
The bar's ``batch loss`` once per state drawn (the text Click's ``item_show_func`` returned
each time it drew the bar, consecutive repeats once), no step; none on a pipe, where Click
draws no bar. The epoch lines' ``train_loss``, ``val_loss``, ``val_acc`` at their epoch;
``val_acc`` of the best line with no step. The options line is params; the file size is no
metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main


class BarText:
    """Click's `item_show_func`: the last batch loss, recorded each time a new one is drawn."""

    def __init__(self, truth: Truth):
        self.truth, self.loss, self.drawn = truth, None, None

    def __call__(self, _item):
        if self.loss is None:
            return None
        if self.loss != self.drawn:  # a new state drawn
            self.truth.add(**{"batch loss": self.loss})
            self.drawn = self.loss
        return f"batch loss {self.loss:.4f}"


def fit(truth: Truth, lr: float, epochs: int, batch_size: int, seed: int, alpha: float):
    import click
    import numpy as np
    from sklearn.datasets import make_classification
    from sklearn.linear_model import SGDClassifier
    from sklearn.metrics import accuracy_score, log_loss

    X, y = make_classification(500, 12, n_informative=5, flip_y=0.08, random_state=seed)
    X_train, y_train, X_val, y_val = X[:400], y[:400], X[400:], y[400:]
    clf = SGDClassifier(loss="log_loss", learning_rate="constant", eta0=lr, alpha=alpha,
                        random_state=seed)
    rng = np.random.default_rng(seed)
    best, best_epoch, show = None, 0, BarText(truth)
    for epoch in range(1, epochs + 1):
        order = rng.permutation(len(X_train))
        batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
        show.loss = None
        with click.progressbar(batches, label=f"Epoch {epoch}/{epochs}", show_pos=True,
                               item_show_func=show) as bar:
            for idx in bar:
                clf.partial_fit(X_train[idx], y_train[idx], classes=[0, 1])
                show.loss = log_loss(y_train[idx], clf.predict_proba(X_train[idx]),
                                         labels=[0, 1])
        train_loss = log_loss(y_train, clf.predict_proba(X_train))
        val_loss = log_loss(y_val, clf.predict_proba(X_val))
        val_acc = accuracy_score(y_val, clf.predict(X_val))
        improved = best is None or val_loss < best[0]
        click.secho(f"epoch {epoch}: train_loss={train_loss:.4f} val_loss={val_loss:.4f} "
                    f"val_acc={val_acc:.4f}", fg="green" if improved else "yellow")
        truth.add(epoch, train_loss=train_loss, val_loss=val_loss, val_acc=val_acc)
        if improved:
            best, best_epoch = (val_loss, val_acc), epoch
    return best[1], best_epoch


def train() -> None:
    import click

    truth = Truth()
    params = {}

    @click.command()
    @click.option("--lr", default=0.05, show_default=True)
    @click.option("--epochs", default=4)
    @click.option("--batch-size", default=50)
    @click.option("--seed", default=0)
    @click.option("--alpha", default=1e-4)
    def cli(lr, epochs, batch_size, seed, alpha):
        params.update(lr=lr, epochs=epochs, batch_size=batch_size, seed=seed, alpha=alpha)
        click.echo(f"Training with lr={lr} epochs={epochs} batch_size={batch_size} seed={seed} "
                   f"(alpha={alpha})")
        best_acc, best_epoch = fit(truth, lr, epochs, batch_size, seed, alpha)
        click.echo(click.style(f"Best val_acc: {best_acc:.4f} (epoch {best_epoch})", bold=True))
        truth.add(val_acc=best_acc)
        click.echo("Saved model to runs/click/model.pkl (1.2 kB)")

    cli.main(args=[], standalone_mode=False)
    truth.write("log_loss/accuracy_score of SGDClassifier's own predictions: the progress "
                "bar's batch loss once per drawn state (no step; none off a terminal), the "
                "epoch lines at their epoch, the best val_acc (no step); params = the options",
                libraries=("click", "scikit-learn"), params=params, rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"click": train}, root=HELDOUT3)
