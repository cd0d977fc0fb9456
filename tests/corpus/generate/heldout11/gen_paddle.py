"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

PaddlePaddle's high-level API (``paddle.Model``) as its tutorials train with it: ``summary()``
(a layer table, ``Total params: 1,540``-style counts and sizes), then ``fit(train, val,
epochs, batch_size, log_freq, verbose)`` and ``evaluate``. Its ``ProgBarLogger`` prints a
notice about what the loss shows, ``Epoch 3/8``, a progress bar per ``log_freq`` batches
(``step 12/24 [====>...] - loss: 0.7123 - acc_top1: 0.6823 - acc_top2: 0.8932 - ETA: 0s -
4ms/step``; redrawn with ``\\r`` on a terminal, a line each on a pipe), and for the validation
set ``Eval begin...``, the bar's lines and ``Eval samples: 256``. Two models on synthetic data:
an MLP classifier of four classes (``Accuracy(topk=(1, 2))``, ``verbose=1``) and a linear
regressor (``MSELoss``, ``verbose=2``), each with a final ``evaluate``.

Truth: what the logger is handed to print: a ``ProgBarLogger`` subclass records the values its
``_updates`` passes to the bar (the current batch's loss, the running metrics) with the step
the bar shows (``step 12/24`` is 12, restarting each epoch and each evaluation). Training
values are ``loss``, ``acc_top1``, ``acc_top2`` (the printed names); values printed in an
``Eval begin...`` section are ``eval/<name>``. ``Eval samples`` and the summary's counts and
sizes optional; ``ETA`` and ``ms/step`` in neither map. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 7, "n_train": 768, "n_val": 256, "n_features": 10, "n_classes": 4,
            "hidden": 32, "lr": 0.01, "epochs": 8, "batch_size": 32, "log_freq": 4,
            "reg_epochs": 5, "reg_lr": 0.05, "reg_log_freq": 8}


def run() -> None:
    import warnings

    import numpy as np
    import paddle
    from paddle.io import TensorDataset

    warnings.filterwarnings("ignore")  # paddle's ccache and tensor-copy notices
    s = SETTINGS
    truth = Truth()
    paddle.seed(s["seed"])
    rng = np.random.default_rng(s["seed"])

    class RecordingLogger(paddle.callbacks.ProgBarLogger):
        """The stock progress logger, recording what each bar update prints."""

        def _updates(self, logs, mode):
            step = getattr(self, f"{mode}_step")
            prefix = "" if mode == "train" else f"{mode}/"
            for name in getattr(self, f"{mode}_metrics"):
                if name in logs:
                    value = logs[name]
                    value = value[0] if isinstance(value, (list, tuple)) else value
                    truth.add(step, **{prefix + name: float(value)})
            return super()._updates(logs, mode)

        def on_eval_end(self, logs=None):
            super().on_eval_end(logs)
            truth.allow(**{"Eval samples": self.evaled_samples})

    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    n, d = s["n_train"] + s["n_val"], s["n_features"]
    X = rng.normal(size=(n, d)).astype("float32")
    W = rng.normal(size=(d, s["n_classes"]))
    labels = np.argmax(X @ W + 0.8 * rng.normal(size=(n, s["n_classes"])), 1)
    cut = s["n_train"]

    def dataset(x, y):
        return TensorDataset([paddle.to_tensor(x), paddle.to_tensor(y)])

    print("\n== classifier", flush=True)
    net = paddle.nn.Sequential(paddle.nn.Linear(d, s["hidden"]), paddle.nn.ReLU(),
                               paddle.nn.Linear(s["hidden"], s["hidden"]), paddle.nn.ReLU(),
                               paddle.nn.Linear(s["hidden"], s["n_classes"]))
    model = paddle.Model(net, inputs=[paddle.static.InputSpec([None, d], "float32", "x")],
                         labels=[paddle.static.InputSpec([None, 1], "int64", "label")])
    model.prepare(paddle.optimizer.Adam(learning_rate=s["lr"], parameters=net.parameters()),
                  paddle.nn.CrossEntropyLoss(), paddle.metric.Accuracy(topk=(1, 2)))
    allow_summary(truth, model.summary())
    y = labels[:, None].astype("int64")
    train, val = dataset(X[:cut], y[:cut]), dataset(X[cut:], y[cut:])
    model.fit(train, val, epochs=s["epochs"], batch_size=s["batch_size"], verbose=1,
              log_freq=s["log_freq"], callbacks=[RecordingLogger(s["log_freq"], verbose=1)])
    model.evaluate(val, batch_size=s["batch_size"], verbose=1, log_freq=s["log_freq"],
                   callbacks=[RecordingLogger(s["log_freq"], verbose=1)])

    print("\n== regressor", flush=True)
    target = (X @ rng.normal(size=(d, 1)) + 0.3 * rng.normal(size=(n, 1))).astype("float32")
    reg = paddle.nn.Linear(d, 1)
    model = paddle.Model(reg, inputs=[paddle.static.InputSpec([None, d], "float32", "x")],
                         labels=[paddle.static.InputSpec([None, 1], "float32", "y")])
    model.prepare(paddle.optimizer.SGD(learning_rate=s["reg_lr"], parameters=reg.parameters()),
                  paddle.nn.MSELoss())
    allow_summary(truth, model.summary())
    train, val = dataset(X[:cut], target[:cut]), dataset(X[cut:], target[cut:])
    model.fit(train, val, epochs=s["reg_epochs"], batch_size=s["batch_size"], verbose=2,
              log_freq=s["reg_log_freq"],
              callbacks=[RecordingLogger(s["reg_log_freq"], verbose=2)])
    model.evaluate(val, batch_size=s["batch_size"], verbose=2, log_freq=s["reg_log_freq"],
                   callbacks=[RecordingLogger(s["reg_log_freq"], verbose=2)])
    sys.stdout.flush()
    truth.write("paddle.Model fit/evaluate: a ProgBarLogger subclass recording the values each "
                "bar update prints, at the bar's step (per epoch / evaluation); Eval begin... "
                "sections as eval/<name>; summary counts optional; settings = params",
                libraries=("paddlepaddle", "numpy"), params=s,
                rel=1e-9, abs_tol=5.1e-5)  # four decimals


def allow_summary(truth: Truth, summary: dict) -> None:
    """``summary()`` returns the counts it prints."""
    truth.allow(**{"Total params": summary["total_params"],
                   "Trainable params": summary["trainable_params"],
                   "Non-trainable params": summary["total_params"] - summary["trainable_params"]})


if __name__ == "__main__":
    main(__file__, {"paddle": run}, root=HELDOUT11)
