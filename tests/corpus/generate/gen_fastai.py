"""Development fixture (held out in the first measurement of issue 11, seen since).

fastai: `Learner.summary()` printed, then `fit_one_cycle` of a small MLP on synthetic data with
the metrics `accuracy` and `error_rate`, run twice (a second cycle at a lower rate). fastprogress
prints fastai's table on stdout: ``epoch  train_loss  valid_loss  accuracy  error_rate  time``,
one row per epoch as the epoch ends (6 decimals; ``time`` as ``00:00``), with its progress bars
drawn around it on a terminal.

Truth: the row fastai's `Recorder` hands its logger after each epoch (`recorder.values`:
the smoothed train loss, the valid loss and the metrics), named by `recorder.metric_names`, at
the step in the ``epoch`` column (0-based, as printed). ``epoch`` is the step: optional. The
summary's shapes and parameter counts are no metrics.

Run with the fastai virtualenv (torch 2.14.1 and torchvision 0.29.1, see the README).
"""

from _capture import main, write_truth


def train() -> None:
    import torch
    from fastai.basics import (CrossEntropyLossFlat, DataLoaders, Learner, accuracy,
                               error_rate, set_seed)
    from fastai.callback.hook import summary  # noqa: F401  (patches Learner.summary)
    from fastai.callback.schedule import fit_one_cycle  # noqa: F401  (patches Learner)

    set_seed(0, reproducible=True)
    x = torch.randn(512, 8)
    y = (x[:, 0] + x[:, 1] * x[:, 2] > 0).long()
    train_ds = list(zip(x[:384], y[:384]))
    valid_ds = list(zip(x[384:], y[384:]))
    dls = DataLoaders.from_dsets(train_ds, valid_ds, bs=32, device="cpu")
    model = torch.nn.Sequential(torch.nn.Linear(8, 32), torch.nn.ReLU(), torch.nn.Linear(32, 2))
    learn = Learner(dls, model, loss_func=CrossEntropyLossFlat(), metrics=[accuracy, error_rate])
    print(learn.summary())
    metrics: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}
    epochs: list[float] = []
    for n_epoch, lr in ((4, 1e-2), (2, 1e-3)):
        learn.fit_one_cycle(n_epoch, lr)
        names = [n for n in learn.recorder.metric_names[1:] if n != "time"]
        for epoch, row in enumerate(learn.recorder.values):
            epochs.append(float(epoch))
            for name, value in zip(names, row):
                metrics.setdefault(name, []).append(float(value))
                steps.setdefault(name, []).append(float(epoch))
    write_truth(metrics, steps=steps, optional={"epoch": epochs},
                libraries=("fastai", "fastprogress", "torch"), abs_tol=5e-7,
                source="Learner.recorder.values after each fit_one_cycle, named by "
                       "recorder.metric_names; step = the epoch column (0-based)")


if __name__ == "__main__":
    main(__file__, {"fastai": train})
