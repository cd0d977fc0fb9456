"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A PyTorch training script logging through Rich's ``logging.RichHandler`` (``logging.basicConfig(
format="%(message)s", datefmt="[%X]", handlers=[RichHandler()])``, as Rich's documentation
sets it up):

* each record is drawn by Rich on stdout (its console's stream): a time column
  (``[05:02:11]``, left blank when unchanged), the level (``INFO``, ``WARNING``), the message
  with numbers, strings and dict reprs highlighted (colours on a terminal only), and the
  script's ``gen_richhandler.py:81``-style path and line at the right edge;
* on a pipe Rich draws at 80 columns, so long messages wrap onto continuation rows indented
  under the message column, with the path on the first row (the ``-pipe`` capture);
* messages: ``Hyperparameters: {'lr': 0.05, 'batch_size': 32, ...}`` (the config), ``Epoch
  3/10 - train_loss=0.3187 train_acc=0.8750 val_loss=0.3502 val_acc=0.8611 lr=0.045``, a
  ``LR plateau: reducing learning rate to 0.025`` warning, ``Test: loss=0.31 accuracy=0.90
  (360 samples)``.

The model is a small MLP (``torch.nn``) trained with SGD on scikit-learn's bundled digits.

Truth: the values the script computed and handed to the logger: ``train_loss``,
``train_acc``, ``val_loss``, ``val_acc``, ``lr`` at the epoch of ``Epoch 3/10``; the test
record as ``test/loss`` and ``test/accuracy`` (a line led by ``Test:``); the warning's rate in
neither map (a number inside a warning, and ``lr`` is a printed hyperparameter's name, so the
judge excuses nothing there); ``360 samples`` a count, in neither map; the hyperparameters are
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def train() -> None:
    import logging

    import numpy as np
    import torch
    from rich.logging import RichHandler
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    logging.basicConfig(level="INFO", format="%(message)s", datefmt="[%X]",
                        handlers=[RichHandler()])
    log = logging.getLogger("train")
    truth = Truth()
    torch.manual_seed(1)
    hp = {"lr": 0.05, "batch_size": 32, "epochs": 10, "hidden": 48, "momentum": 0.9,
          "plateau_patience": 0, "seed": 1}
    log.info(f"Hyperparameters: {hp}")
    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float32)
    x_train, x_rest, y_train, y_rest = train_test_split(x, y, test_size=0.4, random_state=1)
    x_val, x_test, y_val, y_test = train_test_split(x_rest, y_rest, test_size=0.5,
                                                    random_state=1)
    tensors = [torch.tensor(a) for a in (x_train, y_train, x_val, y_val, x_test, y_test)]
    x_train, y_train, x_val, y_val, x_test, y_test = tensors
    model = torch.nn.Sequential(torch.nn.Linear(64, hp["hidden"]), torch.nn.ReLU(),
                                torch.nn.Linear(hp["hidden"], 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=hp["lr"], momentum=hp["momentum"])
    loss_fn = torch.nn.CrossEntropyLoss()

    def evaluate(xs, ys):
        with torch.no_grad():
            out = model(xs)
            return float(loss_fn(out, ys)), float((out.argmax(1) == ys).float().mean())

    best_val, waited = float("inf"), 0
    for epoch in range(1, hp["epochs"] + 1):
        order = torch.randperm(len(x_train))
        for i in range(0, len(order), hp["batch_size"]):
            idx = order[i:i + hp["batch_size"]]
            optimizer.zero_grad()
            loss_fn(model(x_train[idx]), y_train[idx]).backward()
            optimizer.step()
        train_loss, train_acc = evaluate(x_train, y_train)
        val_loss, val_acc = evaluate(x_val, y_val)
        lr = optimizer.param_groups[0]["lr"]
        log.info(f"Epoch {epoch}/{hp['epochs']} - train_loss={train_loss:.4f} "
                 f"train_acc={train_acc:.4f} val_loss={val_loss:.4f} val_acc={val_acc:.4f} "
                 f"lr={lr:g}")
        truth.add(epoch, train_loss=train_loss, train_acc=train_acc, val_loss=val_loss,
                  val_acc=val_acc, lr=lr)
        if val_loss < best_val - 1e-3:
            best_val, waited = val_loss, 0
        else:
            waited += 1
            if waited > hp["plateau_patience"]:
                for group in optimizer.param_groups:
                    group["lr"] *= 0.5
                waited = 0
                log.warning(f"LR plateau: reducing learning rate to "
                            f"{optimizer.param_groups[0]['lr']:g}")
    test_loss, test_acc = evaluate(x_test, y_test)
    log.info(f"Test: loss={test_loss:.4f} accuracy={test_acc:.4f} ({len(y_test)} samples)")
    truth.add(**{"test/loss": test_loss, "test/accuracy": test_acc})
    truth.write("the values the script computed and handed to the logger, at the epoch of "
                "'Epoch 3/10'; the test record as test/<name>; the hyperparameters = params",
                libraries=("rich", "torch", "scikit-learn"), params=hp, rel=1e-5,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"richhandler": train}, root=HELDOUT6)
