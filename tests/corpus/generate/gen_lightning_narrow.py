"""Development fixture (held out in the first measurement of issue 11, seen since).

PyTorch Lightning with its `RichProgressBar` and `RichModelSummary`, on a terminal of 80
columns (the size of a default terminal window, and Rich's width on a pipe). The module logs
five values to the bar (``train_loss``, ``train_acc``, ``val/loss``, ``val/acc``, ``lr``), so
the metrics text after the bar no longer fits one row and Rich wraps it over continuation
lines.

Truth: the dict the bar's own `get_metrics(trainer, module)` returns wherever the bar takes its
metrics (after every training batch, at the end of validation, the sanity check's included,
and at the end of the epoch), consecutive identical dicts once; on a pipe only the final state
(Rich prints no live display off a terminal). ``v_num`` (the logger's version) is the bar's
bookkeeping: optional. Names as logged; no step judged. Batches take 1.05 s so that the bar's
refresh thread (once a second) draws every state.
"""

import sys

from _capture import main, write_truth
from gen_lightning import bar_recorder  # noqa: E402

BATCH_SECONDS = 1.05


def classifier():
    """A small classifier that logs five values to the progress bar."""
    import time

    import lightning as L
    import torch

    class Classifier(L.LightningModule):
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Sequential(torch.nn.Linear(6, 16), torch.nn.ReLU(),
                                           torch.nn.Linear(16, 2))

        def training_step(self, batch, batch_idx):
            logits = self.net(batch[0])
            loss = torch.nn.functional.cross_entropy(logits, batch[1])
            self.log("train_loss", loss, prog_bar=True)
            self.log("train_acc", (logits.argmax(-1) == batch[1]).float().mean(), prog_bar=True)
            self.log("lr", self.optimizers().param_groups[0]["lr"], prog_bar=True)
            time.sleep(BATCH_SECONDS)
            return loss

        def validation_step(self, batch, batch_idx):
            logits = self.net(batch[0])
            self.log("val/loss", torch.nn.functional.cross_entropy(logits, batch[1]),
                     prog_bar=True)
            self.log("val/acc", (logits.argmax(-1) == batch[1]).float().mean(), prog_bar=True)
            time.sleep(BATCH_SECONDS)

        def configure_optimizers(self):
            optimizer = torch.optim.SGD(self.parameters(), lr=0.4)
            return [optimizer], [torch.optim.lr_scheduler.StepLR(optimizer, 1, gamma=0.5)]

    return Classifier()


def train() -> None:
    import tempfile

    import lightning as L
    import torch
    from lightning.pytorch.callbacks import RichModelSummary, RichProgressBar

    L.seed_everything(0)
    x = torch.randn(40, 6)
    y = (x[:, 0] - 0.5 * x[:, 2] > 0).long()
    train_data = torch.utils.data.DataLoader(
        torch.utils.data.TensorDataset(x[:24], y[:24]), batch_size=12)
    val_data = torch.utils.data.DataLoader(
        torch.utils.data.TensorDataset(x[24:], y[24:]), batch_size=16)

    shown: list[dict] = []

    with tempfile.TemporaryDirectory() as root:
        trainer = L.Trainer(max_epochs=2, default_root_dir=root, accelerator="cpu", devices=1,
                            callbacks=[RichProgressBar(), RichModelSummary(),
                                       bar_recorder(shown, sanity_check=True)],
                            deterministic=True)
        trainer.fit(classifier(), train_data, val_data)

    if not sys.stdout.isatty():
        shown = shown[-1:]
    metrics: dict[str, list[float]] = {}
    optional: dict[str, list[float]] = {}
    for shown_dict in shown:
        for name, value in shown_dict.items():
            target = optional if name == "v_num" else metrics
            target.setdefault(name, []).append(float(value))
    write_truth(metrics, optional=optional, libraries=("lightning", "torch", "rich"),
                rel=1e-3, abs_tol=5e-4,
                source="ProgressBar.get_metrics() wherever the bar takes its metrics, "
                       "consecutive identical dicts once; names as logged; v_num optional")


if __name__ == "__main__":
    main(__file__, {"lightning-narrow": train},
         columns={"lightning-narrow": 80})
