"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A NumPy MLP trained full-batch, logging as eliaslimmer/dl-from-scratch
``01_mlp_numpy/mlp/train.py`` and ``01_mlp_numpy/mlp/logger.py`` (commit c5bfc1df) do: every
``log_every`` epochs ``TrainingLogger.log`` prints ``f"[Epoch {epoch}] Train Loss:
{train_loss:.4f} | Val Loss: {val_loss:.4f} | Train Acc: {train_acc*100:.2f}% | Val Acc:
{val_acc*100:.2f}%"`` (the "val" numbers are the test split's). Here: a digits-like toy set (`_toy.digits`), 32 tanh
units, learning rate 0.5, 100 epochs logged every 10.

Truth: ``train/Loss``, ``val/Loss``, ``train/Acc`` and ``val/Acc`` (the accuracies as the
printed percentages), at the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    from _toy import MLP, digits, split

    X, y = digits()
    Xtr, ytr, Xte, yte = split(X, y, seed=36)
    model = MLP(64, 32, 10, seed=36)
    truth = Truth()
    for epoch in range(100):
        training_loss, train_acc = model.step(Xtr, ytr, 0.5)
        if epoch % 10 == 0:
            validation_loss, test_acc = model.evaluate(Xte, yte)
            print(f"[Epoch {epoch}] Train Loss: {training_loss:.4f} | Val Loss: "
                  f"{validation_loss:.4f} | Train Acc: {train_acc*100:.2f}% | Val Acc: "
                  f"{test_acc*100:.2f}%")
            truth.add(at=epoch, **{"train/Loss": training_loss, "val/Loss": validation_loss,
                                   "train/Acc": train_acc * 100, "val/Acc": test_acc * 100})
    truth.write("the script's cross-entropy losses and accuracies (as percentages) of each "
                "logged epoch", libraries=("numpy",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"eliaslimmer": run}, root=HELDOUT36)
