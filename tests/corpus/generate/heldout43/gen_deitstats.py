"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as SimonKmr/DeitProject ``src/train.py`` with the ``Stats``
repr of ``src/other/stats.py``: each epoch ``print(datetime.datetime.now())``, then
``print('[train]', stats_valid)`` and ``print('[valid]', stats_train)`` (the original swaps
them), a ``Stats`` printing ``f"avr_loss: {v:.4}, acc1: {v:.4}, acc5: {v:.4}, f1: {v:.4}, prec:
{v:.4}, rcal: {v:.4}"`` (four significant digits); an early stopper on the validation loss;
``Training Duration: ...``. Here: an MLP on sklearn's digits, Adam, at most 5 epochs.

Truth: the values under the label they are printed with: ``train/avr_loss``, ``train/acc1``,
... for the ``[train]`` line (which holds the validation statistics, as in the original) and
``val/...`` for the ``[valid]`` line; no step (only a timestamp line precedes them).
"""

from _toy import digits, mlp
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import datetime
    import time

    import torch
    import torch.nn.functional as F
    from sklearn.metrics import f1_score, precision_score, recall_score

    from _toy import batches

    class Stats:
        def __init__(self, avr_loss, top_1_acc, top_5_acc, f1_score, precision, recall):
            self.epoch = -1
            self.seconds = -1
            self.avr_loss, self.top_1_acc, self.top_5_acc = avr_loss, top_1_acc, top_5_acc
            self.f1_score, self.precision, self.recall = f1_score, precision, recall

        def __repr__(self):
            return (f"avr_loss: {self.avr_loss:.4}, acc1: {self.top_1_acc:.4}, acc5: "
                    f"{self.top_5_acc:.4}, f1: {self.f1_score:.4}, prec: {self.precision:.4}, "
                    f"rcal: {self.recall:.4}")

        __str__ = __repr__

    def stats(model, X, y):
        with torch.no_grad():
            out = model(X)
            loss = F.cross_entropy(out, y).item()
            pred = out.argmax(1)
            top5 = out.topk(5, 1).indices.eq(y[:, None]).any(1).float().mean().item()
            acc1 = (pred == y).float().mean().item()
        p, t = pred.numpy(), y.numpy()
        return Stats(loss, acc1, top5, f1_score(t, p, average='micro'),
                     precision_score(t, p, average='micro'), recall_score(t, p, average='micro'))

    Xtr, ytr, Xva, yva, _, _ = digits(seed=5)
    model = mlp(seed=5, hidden=16)
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    truth = Truth()
    keys = ("avr_loss", "top_1_acc", "top_5_acc", "f1_score", "precision", "recall")
    names = ("avr_loss", "acc1", "acc5", "f1", "prec", "rcal")
    best, counter = float('inf'), 0
    start = time.time()
    for epoch in range(5):
        print(datetime.datetime.now())
        for X, y in batches(Xtr, ytr, 32, epoch):
            opt.zero_grad()
            F.cross_entropy(model(X), y).backward()
            opt.step()
        stats_train = stats(model, Xtr, ytr)
        stats_valid = stats(model, Xva, yva)
        print('[train]', stats_valid)
        print('[valid]', stats_train)
        truth.add(**{f"train/{n}": getattr(stats_valid, k) for k, n in zip(keys, names)})
        truth.add(**{f"val/{n}": getattr(stats_train, k) for k, n in zip(keys, names)})
        if stats_valid.avr_loss < best - .01:
            best, counter = stats_valid.avr_loss, 0
        else:
            counter += 1
            if counter >= 3:
                break
    print(f"Training Duration: {time.time() - start}")
    truth.write("the script's Stats objects (micro averages)", libraries=("torch", "scikit-learn"),
                rel=6e-4)


if __name__ == "__main__":
    main(__file__, {"deitstats": run}, root=HELDOUT43)
