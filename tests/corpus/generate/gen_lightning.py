"""PyTorch Lightning: `Trainer.fit` of a small classifier with the default logger and
checkpointing (into a temporary folder), once with each of Lightning's default progress bars:

* ``lightning``: `TQDMProgressBar` with `ModelSummary`, what Lightning picks when Rich is not
  installed. tqdm bars on stdout whose postfix is the bar's metrics dict:
  ``Epoch 0: 50%|█████ | 2/4 [00:00<00:00, 9.1it/s, v_num=0, train_loss=0.693]``;
  ``val_loss`` and ``val_acc`` join it after each validation. Numbers have 3 significant
  digits.
* ``lightning-rich``: `RichProgressBar` with `RichModelSummary`, what Lightning picks when Rich is
  installed. The metrics follow the bar as ``v_num: 0.000 train_loss: 0.693 …`` (3 decimals),
  redrawn by a refresh thread at most once a second. Batches take 1.05 s here so that every
  state of the dict is drawn (on a terminal); on a pipe Rich prints only the final state.

Truth: the dict the bar's own `get_metrics(trainer, module)` returns (``v_num``, the logger's
version, is part of it) wherever the bar takes its metrics: after every training batch, at the
end of validation (for the Rich bar also the sanity check's, which it shows until the first
batch ends) and at the end of the epoch. Consecutive identical dicts count once: a redraw of
the same dict is one report, not two. Names are the logged names; no step is printed.
Optional (neither required nor false): the model summary's ``Trainable params: 74`` …, from
Lightning's `ModelSummary` API.
"""

from _capture import main, write_truth

TQDM_BATCH_SECONDS = 0.05  # the tqdm bar redraws on every batch whatever its speed
RICH_BATCH_SECONDS = 1.05  # the Rich bar's refresh thread wakes once a second


def bar_recorder(shown: list[dict], sanity_check: bool):
    """A Lightning callback that appends to `shown` what the progress bar shows, taken where the
    bar takes it (after each training batch, at the end of validation, of the sanity check's
    too when `sanity_check`, and at the end of each epoch), consecutive identical dicts once."""
    import lightning as L

    class RecordBar(L.Callback):
        def record(self, trainer, module):
            metrics = dict(trainer.progress_bar_callback.get_metrics(trainer, module))
            if not shown or shown[-1] != metrics:
                shown.append(metrics)

        def on_train_batch_end(self, trainer, module, *args):
            self.record(trainer, module)

        def on_validation_end(self, trainer, module):
            if sanity_check or not trainer.sanity_checking:
                self.record(trainer, module)

        def on_train_epoch_end(self, trainer, module):
            self.record(trainer, module)

    return RecordBar()


def train(rich: bool) -> None:
    import sys
    import tempfile
    import time

    import lightning as L
    import torch
    from lightning.pytorch.callbacks import (ModelSummary, RichModelSummary, RichProgressBar,
                                             TQDMProgressBar)
    from lightning.pytorch.utilities.model_summary import ModelSummary as Summary

    L.seed_everything(0)
    batch_seconds = RICH_BATCH_SECONDS if rich else TQDM_BATCH_SECONDS
    train_size, batch_size = (24, 12) if rich else (48, 12)
    x = torch.randn(train_size + 16, 6)
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).long()
    train_data = torch.utils.data.DataLoader(
        torch.utils.data.TensorDataset(x[:train_size], y[:train_size]), batch_size=batch_size)
    val_data = torch.utils.data.DataLoader(
        torch.utils.data.TensorDataset(x[train_size:], y[train_size:]), batch_size=16)

    class Classifier(L.LightningModule):
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Sequential(torch.nn.Linear(6, 8), torch.nn.ReLU(),
                                           torch.nn.Linear(8, 2))

        def training_step(self, batch, batch_idx):
            loss = torch.nn.functional.cross_entropy(self.net(batch[0]), batch[1])
            self.log("train_loss", loss, prog_bar=True)
            time.sleep(batch_seconds)  # a model of realistic speed
            return loss

        def validation_step(self, batch, batch_idx):
            logits = self.net(batch[0])
            self.log("val_loss", torch.nn.functional.cross_entropy(logits, batch[1]), prog_bar=True)
            self.log("val_acc", (logits.argmax(-1) == batch[1]).float().mean(), prog_bar=True)
            time.sleep(batch_seconds)

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=0.5)

    shown: list[dict] = []
    bar = [RichProgressBar(), RichModelSummary()] if rich else [TQDMProgressBar(), ModelSummary()]
    model = Classifier()
    with tempfile.TemporaryDirectory() as root:
        trainer = L.Trainer(max_epochs=2, default_root_dir=root, accelerator="cpu", devices=1,
                            callbacks=[*bar, bar_recorder(shown, sanity_check=rich)],
                            deterministic=True)
        trainer.fit(model, train_data, val_data)

    if rich and not sys.stdout.isatty():
        shown = shown[-1:]  # no live display off a terminal: Rich prints the final state only
    metrics: dict[str, list[float]] = {}
    for shown_dict in shown:
        for name, value in shown_dict.items():
            metrics.setdefault(name, []).append(float(value))
    summary = Summary(model)
    optional = {
        "Trainable params": [summary.trainable_parameters],
        "Non-trainable params": [summary.total_parameters - summary.trainable_parameters],
        "Total params": [summary.total_parameters],
        "Total estimated model params size (MB)": [summary.model_size],
        "Modules in train mode": [summary.total_training_modes["train"]],
        "Modules in eval mode": [summary.total_training_modes["eval"]],
        "Total FLOPs": [summary.total_flops],
    }
    write_truth(metrics, optional=optional, libraries=("lightning", "torch", "tqdm", "rich"),
                rel=1e-3 if rich else 5e-3, abs_tol=5e-4 if rich else 0.0,
                source="ProgressBar.get_metrics() wherever the bar takes its metrics, "
                       "consecutive identical dicts once; names as logged; optional: "
                       "lightning's ModelSummary totals")


if __name__ == "__main__":
    main(__file__, {"lightning": lambda: train(rich=False),
                    "lightning-rich": lambda: train(rich=True)})
