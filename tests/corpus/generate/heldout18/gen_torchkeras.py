"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Keras-style training of a PyTorch model with torchkeras (PyPI ``torchkeras``, on PyTorch's CPU
build and Accelerate): a small multilayer perceptron classifying a seeded, noisy two-class
table (480 training and 120 validation rows, full-batch loaders), ``KerasModel(...,
metrics_dict={"acc": torchmetrics.Accuracy(task="binary")})`` fitted for six epochs with
``monitor="val_loss"``. Per epoch it prints a ruled ``Epoch k / 6`` header (with a timestamp), a
tqdm bar for training and one for validation whose postfix holds the values (``lr=0.05,
train_acc=0.285, train_loss=0.777``, ``val_acc=0.417, val_loss=0.708``, tqdm's three
significant digits), and ``<<<<<< reach best val_loss : 0.70770... >>>>>>`` (in colour) when
the monitored value improves. ``fit`` returns the history frame, which is not printed.

Truth: the history ``fit`` returns (``train_loss``, ``train_acc``, ``val_loss``, ``val_acc`` per
epoch), read by the same process, stepped by the epoch of the header above (1-based); the
``reach best`` line's value, at the epochs where ``val_loss`` reached a new minimum (the rule
``fit`` prints it by), optional under ``val_loss``: a best-so-far record repeats the value
(the ninth half's convention, MONAI's ``best value``). Judgement: with one batch per loader, the bar's state
after its batch holds the epoch's values, so each is one point per epoch (the redraw to 1/1
repeats them); ``lr`` is the optimiser's setting printed in the bar's postfix each epoch,
optional (as the fourth half's progressbar2 ``Variable('lr')``), no param: it is printed as
no configuration. The checkpoint goes to a temporary
folder.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

EPOCHS = 6
LR = 0.05


def run() -> None:
    import tempfile

    import torch
    import torchkeras
    import torchmetrics
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(0)
    x = torch.randn(600, 6)
    y = ((x[:, 0] - x[:, 2] + 0.8 * torch.randn(600)) > 0).float().unsqueeze(1)
    train = DataLoader(TensorDataset(x[:480], y[:480]), batch_size=480)
    valid = DataLoader(TensorDataset(x[480:], y[480:]), batch_size=120)
    net = torch.nn.Sequential(torch.nn.Linear(6, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
    model = torchkeras.KerasModel(net, loss_fn=torch.nn.BCEWithLogitsLoss(),
                                  optimizer=torch.optim.Adam(net.parameters(), lr=LR),
                                  metrics_dict={"acc": torchmetrics.Accuracy(task="binary")})
    checkpoint = Path(tempfile.mkdtemp(prefix="torchkeras-")) / "checkpoint"
    history = model.fit(train_data=train, val_data=valid, epochs=EPOCHS, ckpt_path=str(checkpoint),
                        patience=EPOCHS, monitor="val_loss", mode="min", plot=False)
    truth = Truth()
    best = float("inf")
    for _, row in history.iterrows():
        epoch = int(row["epoch"])
        truth.add(at=epoch, **{name: float(row[name])
                               for name in ("train_loss", "train_acc", "val_loss", "val_acc")})
        truth.allow(lr=LR)  # the bar's postfix, each epoch (as heldout4's progressbar2)
        if row["val_loss"] < best:
            best = float(row["val_loss"])
            truth.allow(val_loss=best)  # a best-so-far record repeats it (heldout9's convention)
    truth.write("torchkeras' fit() history (train_loss, train_acc, val_loss, val_acc), stepped "
                "by epoch; the reach-best line's val_loss (where val_loss reached a new minimum) "
                "and the bar's lr optional",
                libraries=("torchkeras", "torch", "torchmetrics"),
                rel=5e-3, abs_tol=0.0)  # tqdm's three significant digits


if __name__ == "__main__":
    main(__file__, {"torchkeras": run}, root=HELDOUT18)
