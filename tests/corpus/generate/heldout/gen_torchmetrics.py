"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

A PyTorch loop with tqdm bars (an outer one over epochs, an inner one over batches with
``leave=False``; both on stderr, no postfix) and TorchMetrics: each epoch the script writes
above the bars with `tqdm.write`:

    [3/6] train_loss: 0.4123
    val metrics: {'val_acc': tensor(0.8125), 'val_auroc': tensor(0.8906), 'val_f1': tensor(0.8000)}

(the dict a `MetricCollection(..., prefix="val_")` computes, printed as is: tensor reprs), and
at the end ``test: {'test_acc': tensor(0.7900), ...}`` from the same collection cloned with
the prefix ``test_``.

Truth: the loop's mean batch loss as ``train_loss`` at the printed ``[i/N]``; the collections'
`compute()` results under their keys (``val_acc`` ...), at no step (the line states none).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402

EPOCHS = 6


def train() -> None:
    import time

    import torch
    from sklearn.datasets import make_classification
    from torchmetrics import MetricCollection
    from torchmetrics.classification import BinaryAccuracy, BinaryAUROC, BinaryF1Score
    from tqdm import tqdm, trange

    torch.manual_seed(0)
    X, y = make_classification(700, 12, n_informative=4, flip_y=0.1, random_state=0)
    X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    train_set = torch.utils.data.TensorDataset(X[:500], y[:500])
    loader = torch.utils.data.DataLoader(train_set, batch_size=50, shuffle=True)
    model = torch.nn.Sequential(torch.nn.Linear(12, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    val_metrics = MetricCollection({"acc": BinaryAccuracy(), "auroc": BinaryAUROC(),
                                    "f1": BinaryF1Score()}, prefix="val_")
    test_metrics = val_metrics.clone(prefix="test_")
    truth = Truth()

    def evaluate(metrics, xs, ys):
        metrics.reset()
        model.eval()
        with torch.no_grad():
            metrics.update(torch.sigmoid(model(xs).squeeze(1)), ys)
        return metrics.compute()

    for epoch in trange(1, EPOCHS + 1, desc="epochs"):
        model.train()
        losses = []
        for xb, yb in tqdm(loader, desc=f"epoch {epoch}", leave=False):
            optimizer.zero_grad()
            loss = loss_fn(model(xb).squeeze(1), yb.float())
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
            time.sleep(0.02)
        train_loss = sum(losses) / len(losses)
        tqdm.write(f"[{epoch}/{EPOCHS}] train_loss: {train_loss:.4f}")
        truth.add(epoch, train_loss=train_loss)
        result = evaluate(val_metrics, X[500:600], y[500:600])
        tqdm.write(f"val metrics: {result}")
        truth.add(**{name: float(value) for name, value in result.items()})
    result = evaluate(test_metrics, X[600:], y[600:])
    print(f"test: {result}")
    truth.add(**{name: float(value) for name, value in result.items()})
    truth.write("the loop's mean batch loss at the printed [i/N]; MetricCollection.compute() "
                "results under their keys (no step)",
                libraries=("torchmetrics", "torch", "tqdm"), abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"torchmetrics": train}, heldout=True)
