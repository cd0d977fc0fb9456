"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

Weights & Biases in offline mode (``wandb.init(mode="offline")``, no network), around a
scikit-learn `SGDClassifier` trained epoch by epoch with `partial_fit`:

* the script prints its config: ``config: {'learning_rate': 'constant', 'eta0': 0.05, ...}``;
* per epoch ``[epoch 3] train_loss 0.4012 | val_loss 0.4213 | val_acc 0.8450`` and
  `wandb.log` of the same values with ``epoch``;
* wandb's own lines on stderr (``wandb: Tracking run with wandb version 0.31.0``, the offline
  note, paths with dates and the run id), then at `wandb.finish()` its footer:
  ``wandb: Run history:`` (one sparkline per key, no numbers) and ``wandb: Run summary:``
  (``wandb:   val_acc 0.845`` ... and ``best_val_acc``, rounded to 5 decimals), coloured on a
  terminal.

Truth: the values the script computed and logged, under their keys: the epoch lines at the
printed epoch; the Run summary's values from `run.summary` (what wandb prints there; no step).
``epoch`` (a step, in the lines and in the summary) is optional. Params: the run's config.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402

SUMMARY_KEYS = ("train_loss", "val_loss", "val_acc", "best_val_acc")


def train() -> None:
    import os
    import shutil
    import tempfile

    import numpy as np
    import wandb
    from sklearn.datasets import make_classification
    from sklearn.linear_model import SGDClassifier
    from sklearn.metrics import log_loss

    # a fixed directory and run id, so the footer's paths read the same on every capture
    root = Path(tempfile.gettempdir()) / "corpus-wandb"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    os.environ.pop("WANDB_SILENT", None)
    config = {"learning_rate": "constant", "eta0": 0.05, "alpha": 0.0001, "epochs": 8,
              "batch_size": 64, "seed": 0}
    run = wandb.init(project="corpus-heldout", mode="offline", id="heldout01", config=config,
                     dir=str(root))
    print("config:", dict(run.config))
    truth = Truth()
    X, y = make_classification(1000, 20, n_informative=5, flip_y=0.1, random_state=0)
    X_train, y_train, X_val, y_val = X[:800], y[:800], X[800:], y[800:]
    model = SGDClassifier(loss="log_loss", learning_rate="constant", eta0=config["eta0"],
                          alpha=config["alpha"], random_state=config["seed"])
    rng = np.random.default_rng(config["seed"])
    best = 0.0
    for epoch in range(1, config["epochs"] + 1):
        order = rng.permutation(len(y_train))
        for start in range(0, len(order), config["batch_size"]):
            batch = order[start:start + config["batch_size"]]
            model.partial_fit(X_train[batch], y_train[batch], classes=[0, 1])
        train_loss = log_loss(y_train, model.predict_proba(X_train))
        val_loss = log_loss(y_val, model.predict_proba(X_val))
        val_acc = model.score(X_val, y_val)
        best = max(best, val_acc)
        print(f"[epoch {epoch}] train_loss {train_loss:.4f} | val_loss {val_loss:.4f} | "
              f"val_acc {val_acc:.4f}")
        truth.add(epoch, train_loss=train_loss, val_loss=val_loss, val_acc=val_acc)
        truth.allow(epoch=epoch)
        wandb.log({"train_loss": train_loss, "val_loss": val_loss, "val_acc": val_acc,
                   "epoch": epoch})
    run.summary["best_val_acc"] = best
    truth.add(**{key: run.summary[key] for key in SUMMARY_KEYS})
    truth.allow(epoch=run.summary["epoch"])
    wandb.finish()
    shutil.rmtree(root, ignore_errors=True)
    truth.write("the values the script computed and wandb.log'ged, at the printed epoch; the Run "
                "summary's from run.summary (no step); epoch optional; params = run.config",
                libraries=("wandb", "scikit-learn"), params=config, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"wandb": train}, heldout=True)
