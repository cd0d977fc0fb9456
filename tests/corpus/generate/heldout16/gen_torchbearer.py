"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

A PyTorch model trained with torchbearer's ``Trial`` (a model-fitting library for PyTorch):
a small MLP classifying 512 simulated points (384 to train, 128 to validate, batches of 96),
Adam, cross-entropy, ``metrics=['acc', 'loss']``, 3 epochs, ``verbose=0`` with torchbearer's
``ConsolePrinter`` callback (its plain-text printer): during training it redraws (``\r``) a
line per batch, ``0/3(t): 2/4 running_acc=0.5781, running_loss=0.6567``, ends the epoch with
``0/3(t): acc=0.6094, loss=0.6429, running_acc=0.5781, running_loss=0.6567``, and the
validation with ``0/3(v): val_acc=0.6719, val_loss=0.6093``; then ``trial.evaluate`` on the
validation data prints ``0/1(v): val_acc=..., val_loss=...``.

Truth: torchbearer's metric dict (``state[torchbearer.METRICS]``, the very dict the printer
formats) read by a recording callback placed after the printer at the same events
(``on_step_training``, ``on_end_training``, ``on_end_validation``), and the dict ``evaluate``
returns. The epoch-end lines are stepped by the epoch they print (0-based, as printed); the
per-batch lines are unstepped (they state an epoch and a batch, no one step); the evaluation
line is unstepped (its ``0/1`` is evaluate's own single epoch). Judgement: a batch line's
``running_acc``/``running_loss`` are listed once per state: the batch lines are redrawn in place
(``\\r``) and the running metrics are refreshed only every few steps, so a redraw with unchanged
values is one report, as the development half's tqdm fixture keeps consecutive identical
postfixes once (fixed after scoring: the truth listed every batch line, values unchanged); the
validation batch lines print no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main


def run() -> None:
    import torch
    import torchbearer
    from torch.utils.data import DataLoader, TensorDataset
    from torchbearer import Trial
    from torchbearer.callbacks import Callback, ConsolePrinter

    truth = Truth()

    class Recorder(Callback):
        """Reads the metric dict the printer has just printed (during `evaluate`, the dict it
        returns is the record instead)."""

        evaluating = False

        shown = None

        def on_step_training(self, state):
            # a batch line redrawn in place with unchanged values is one report (the
            # development half's tqdm convention)
            shown = (state[torchbearer.EPOCH], dict(state[torchbearer.METRICS]))
            if shown != self.shown:
                truth.add(**state[torchbearer.METRICS])
            self.shown = shown

        def on_end_training(self, state):
            truth.add(at=state[torchbearer.EPOCH], **state[torchbearer.METRICS])

        def on_end_validation(self, state):
            if self.evaluating:
                return
            metrics = state[torchbearer.METRICS]
            truth.add(at=state[torchbearer.EPOCH],
                      **{k: v for k, v in metrics.items() if k.startswith("val_")})

    torch.manual_seed(0)
    x = torch.randn(512, 8)
    y = (x[:, 0] + x[:, 1] > 0).long()
    train = DataLoader(TensorDataset(x[:384], y[:384]), batch_size=96, shuffle=True)
    valid = DataLoader(TensorDataset(x[384:], y[384:]), batch_size=96)
    recorder = Recorder()
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 2))
    trial = Trial(model, torch.optim.Adam(model.parameters(), 1e-2), torch.nn.CrossEntropyLoss(),
                  metrics=["acc", "loss"], callbacks=[ConsolePrinter(), recorder], verbose=0)
    trial.with_generators(train_generator=train, val_generator=valid)
    trial.run(epochs=3)
    recorder.evaluating = True
    result = trial.evaluate(data_key=torchbearer.VALIDATION_DATA)
    sys.stdout.flush()
    truth.add(**result)
    truth.write("torchbearer's state[METRICS] read by a callback after ConsolePrinter (batch "
                "lines unstepped, a redraw of unchanged values once, epoch-end and validation lines stepped by the printed "
                "0-based epoch) and the dict evaluate() returns",
                libraries=("torchbearer", "torch"), params=None, rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"torchbearer": run}, root=HELDOUT16)
