"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

A PyTorch model trained with pytorch-accelerated's ``Trainer`` (0.1.61, on torch 2.13 CPU and
Hugging Face accelerate), as its quick-start trains one: a small MLP classifying the
standardised breast-cancer data, ``trainer.train(train_dataset, eval_dataset, num_epochs=8,
per_device_batch_size=32)`` with the default callbacks (``PrintProgressCallback``: ``Starting
training run``, ``Starting epoch 3``, ``Starting eval epoch``; ``ProgressBarCallback``: a tqdm
bar per epoch, live on a terminal; ``LogMetricsCallback``: one ``name: value`` line per
metric of the run history after each epoch, the value printed as Python prints it) plus an
accuracy callback written as its documentation writes one (``on_eval_step_end`` gathers the
predictions, ``on_eval_epoch_end`` records ``eval_accuracy`` in the run history), and
``SaveBestModelCallback``/``EarlyStoppingCallback`` (their own notices). Then
``trainer.evaluate(test_dataset)`` prints the test part's metrics the same way.

Truth: the trainer's own ``run_history``: ``get_metric_values`` of ``train_loss_epoch``,
``eval_loss_epoch`` and ``eval_accuracy`` after training, and the run history ``evaluate``
starts afresh (``eval_accuracy``, ``evaluation_loss``), in order, unstepped (each line states none; the
epoch is on the ``Starting epoch`` line above). The callbacks' notices carry numbers kept
nowhere but in the notice (the improvement, ``Early stopping counter: 0/3``): both are
recomputed from the run history as the callback does and listed as optional.
``SaveBestModelCallback``'s closing ``Loading checkpoint with eval_loss_epoch: 0.0905 from
epoch 8`` is one more point of ``eval_loss_epoch``, at the epoch that line states. Judgement: the run history's names are
the printed names; the ``Starting epoch`` count is no metric. The settings line is params.
Only the terminal capture is kept: the pipe capture differed only in the tqdm bars on stderr
(a fixed 10-character bar instead of the terminal's width), which carry no metric; it was
removed by hand.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 21, "num_epochs": 8, "per_device_batch_size": 32, "lr": 0.003,
            "hidden": 16, "early_stopping_patience": 3}


def run() -> None:
    import os
    import tempfile

    import torch
    from pytorch_accelerated import Trainer
    from pytorch_accelerated.callbacks import (EarlyStoppingCallback, SaveBestModelCallback,
                                               TrainerCallback)
    from pytorch_accelerated.trainer import DEFAULT_CALLBACKS
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    torch.manual_seed(s["seed"])
    x, y = load_breast_cancer(return_X_y=True)
    x_rest, x_test, y_rest, y_test = train_test_split(x, y, test_size=0.2, stratify=y,
                                                      random_state=s["seed"])
    x_train, x_val, y_train, y_val = train_test_split(x_rest, y_rest, test_size=0.25,
                                                      stratify=y_rest, random_state=s["seed"])
    scaler = StandardScaler().fit(x_train)

    def dataset(xs, ys):
        return torch.utils.data.TensorDataset(torch.tensor(scaler.transform(xs),
                                                           dtype=torch.float32),
                                              torch.tensor(ys, dtype=torch.long))

    class AccuracyCallback(TrainerCallback):
        """Records eval_accuracy in the run history, as the library's examples do."""

        def on_eval_epoch_start(self, trainer, **kwargs):
            self.correct, self.total = 0, 0

        def on_eval_step_end(self, trainer, batch, batch_output, **kwargs):
            preds = batch_output["model_outputs"].argmax(dim=-1)
            self.correct += int((preds == batch[1]).sum())
            self.total += len(batch[1])

        def on_eval_epoch_end(self, trainer, **kwargs):
            trainer.run_history.update_metric("eval_accuracy", self.correct / self.total)

    model = torch.nn.Sequential(torch.nn.Linear(x.shape[1], s["hidden"]), torch.nn.ReLU(),
                                torch.nn.Linear(s["hidden"], 2))
    save_path = os.path.join(tempfile.mkdtemp(prefix="pt-accel-"), "best_model.pt")
    trainer = Trainer(model=model, loss_func=torch.nn.CrossEntropyLoss(),
                      optimizer=torch.optim.Adam(model.parameters(), lr=s["lr"]),
                      callbacks=(AccuracyCallback(), *DEFAULT_CALLBACKS,
                                 SaveBestModelCallback(save_path=save_path),
                                 EarlyStoppingCallback(
                                     early_stopping_patience=s["early_stopping_patience"])))
    trainer.train(train_dataset=dataset(x_train, y_train), eval_dataset=dataset(x_val, y_val),
                  num_epochs=s["num_epochs"], per_device_batch_size=s["per_device_batch_size"])
    history = trainer.run_history
    trained = {name: list(history.get_metric_values(name)) for name in history.get_metric_names()}
    trainer.evaluate(dataset=dataset(x_test, y_test),
                     per_device_batch_size=s["per_device_batch_size"])
    truth = Truth()
    evaluated = {name: list(trainer.run_history.get_metric_values(name))
                 for name in trainer.run_history.get_metric_names()}  # evaluate() starts anew
    for series in (trained, evaluated):
        for name, values in series.items():
            for value in values:
                truth.add(**{name: value})
    losses = trained["eval_loss_epoch"]
    best_epoch = min(range(len(losses)), key=losses.__getitem__) + 1
    truth.add(best_epoch, eval_loss_epoch=losses[best_epoch - 1])  # "Loading checkpoint with"
    best, counter = losses[0], 0
    for loss in losses[1:]:  # EarlyStoppingCallback's rule, threshold 0.01
        if best - loss > 0.01:
            truth.allow(Improvement=best - loss)
            best, counter = loss, 0
        else:
            counter += 1
        truth.allow(**{"Early stopping counter": counter})
    truth.write("pytorch-accelerated's run_history (get_metric_values of every metric name) "
                "after train() and evaluate(), unstepped; the best checkpoint's eval_loss_epoch once "
                "more at its epoch; the early-stopping notices recomputed as optional",
                libraries=("pytorch-accelerated", "torch", "accelerate", "scikit-learn",
                           "numpy"), params=s, rel=1e-6, abs_tol=1e-7)


if __name__ == "__main__":
    main(__file__, {"pytorch-accelerated": run}, root=HELDOUT13)
