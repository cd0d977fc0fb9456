"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A script whose command line is Python Fire (``fire.Fire(train)``), run as ``train.py --lr=0.8
--epochs=8 --l2=0.001``: a common way to turn a research function into a CLI. The function
prints a line per epoch and *returns* its results; Fire prints the returned dict itself, one
``key:  value`` line per key, values aligned in a column, a nested list printed as its repr:

* ``ep  3 | loss 0.4061 | acc 83.20% | val_loss 0.4511 | val_acc 76.56%`` per epoch (the
  script's print, accuracies as percentages);
* Fire's rendering of the return value: ``final_loss:     0.3789...``, ``final_val_acc:  ...``,
  ``best_epoch:     6``, ``lr:             0.8`` (the arguments the function ran with are part
  of what it returns, as such functions often do), ``val_acc_history: [0.73, ...]``.

Truth: the values `_models.logistic_regression` yielded as the script printed them: ``loss``,
``acc`` (x100), ``val_loss``, ``val_acc`` (x100) at the line's epoch (``ep  3``); the returned
dict's ``final_loss`` and ``final_val_acc`` (fractions, full precision); ``best_epoch``
optional; the returned arguments (``lr``, ``epochs``, ``l2``) and the command-line flags are
params; the history list in neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main
from _models import logistic_regression


def run() -> None:
    import fire

    truth = Truth()

    def train(lr=0.5, epochs=5, l2=0.0, seed=5):
        """Train the model; return its results."""
        history, best = [], (0.0, 0)
        for row in logistic_regression(lr=lr, epochs=epochs, seed=seed):
            e = row["epoch"]
            loss = row["train_loss"] + l2 * 0.5  # the L2 term of a fixed-norm weight budget
            print(f"ep {e:2d} | loss {loss:.4f} | acc {row['train_acc']:.2%} | "
                  f"val_loss {row['val_loss']:.4f} | val_acc {row['val_acc']:.2%}")
            truth.add(e, loss=loss, acc=row["train_acc"] * 100, val_loss=row["val_loss"],
                      val_acc=row["val_acc"] * 100)
            history.append(round(row["val_acc"], 4))
            best = max(best, (row["val_acc"], -e))
        result = {"final_loss": loss, "final_val_acc": row["val_acc"], "best_epoch": -best[1],
                  "lr": lr, "epochs": epochs, "l2": l2, "val_acc_history": history}
        truth.add(final_loss=loss, final_val_acc=row["val_acc"])
        truth.allow(best_epoch=-best[1])
        return result

    sys.argv = ["train.py", "--lr=0.8", "--epochs=8", "--l2=0.001"]
    fire.Fire(train)
    truth.write("the values logistic_regression yielded as the script printed them (acc x100) "
                "at the line's epoch; the dict the function returned and Fire printed "
                "(final_loss, final_val_acc; best_epoch optional); arguments = params",
                libraries=("fire", "numpy"), params={"lr": 0.8, "epochs": 8, "l2": 0.001,
                                                     "seed": 5},
                rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"fire": run}, root=HELDOUT6)
