"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A small 1-D CNN detecting a tone in noisy waveforms (binary, BCE with logits, Adam), trained by
RomanKharkovskoy/speech-course ``hw1/train.py``'s ``train_model``: after each epoch
``logger.info(f"epoch {epoch + 1:2d}/{num_epochs}, loss: {train_loss:.4f}, val acc:
{val_acc:.4f}, time: {elapsed:.1f}")``. The caller's logging set-up was not read; here
``logging.basicConfig(level=logging.INFO)`` with its default format, the logger named ``train``
(the module's ``__name__`` when imported), so each line goes to stderr as ``INFO:train:epoch
 1/15, loss: ...``. Here: 600 training and 200 validation clips of 256 samples, the file's 15
epochs and lr 1e-3.

Truth: ``loss`` and ``val acc`` at the printed epoch (``val acc`` carries the val phase in its
name as printed); ``time`` is neither.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import logging
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    logging.basicConfig(level=logging.INFO)
    logger = logging.getLogger("train")
    rng = np.random.default_rng(15)
    torch.manual_seed(15)
    truth = Truth()

    def clips(n):
        y = rng.integers(0, 2, n)
        t = np.arange(256) / 256
        freq = rng.uniform(8, 24, n)[:, None]
        x = rng.normal(0, 1, (n, 256)) + y[:, None] * 0.6 * np.sin(2 * np.pi * freq * t)
        return torch.tensor(x, dtype=torch.float32).unsqueeze(1), torch.tensor(y, dtype=torch.float32)

    def loader(x, y, bs, shuffle):
        idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
        return [(x[idx[i:i + bs]], y[idx[i:i + bs]]) for i in range(0, len(x), bs)]

    Xtr, ytr = clips(600)
    Xva, yva = clips(200)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Conv1d(1, 8, 9, stride=2), nn.ReLU(),
                                      nn.Conv1d(8, 8, 9, stride=2), nn.ReLU(),
                                      nn.AdaptiveMaxPool1d(1), nn.Flatten(), nn.Linear(8, 1))

        def forward(self, x):
            return self.body(x).squeeze(1)

    def train_one_epoch(model, loader, criterion, optimizer, device):
        model.train()
        total_loss, num_batches = 0.0, 0
        for waveforms, targets in loader:
            optimizer.zero_grad()
            loss = criterion(model(waveforms), targets)
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            num_batches += 1
        return total_loss / num_batches

    @torch.no_grad()
    def evaluate(model, loader, device):
        model.eval()
        correct = total = 0
        for waveforms, targets in loader:
            predictions = (model(waveforms) > 0.0).float()
            correct += (predictions == targets).sum().item()
            total += targets.size(0)
        return correct / total if total > 0 else 0.0

    def train_model(model, num_epochs=15, lr=1e-3, device="cpu"):
        criterion = nn.BCEWithLogitsLoss()
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        for epoch in range(num_epochs):
            t0 = time.time()
            train_loss = train_one_epoch(model, loader(Xtr, ytr, 32, True), criterion, optimizer, device)
            val_acc = evaluate(model, loader(Xva, yva, 64, False), device)
            elapsed = time.time() - t0
            logger.info(
                f"epoch {epoch + 1:2d}/{num_epochs}, "
                f"loss: {train_loss:.4f}, "
                f"val acc: {val_acc:.4f}, "
                f"time: {elapsed:.1f}"
            )
            truth.add(at=epoch + 1, loss=train_loss, **{"val acc": val_acc})

    train_model(Net())
    truth.write("train_one_epoch()'s mean batch loss and evaluate()'s accuracy",
                libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"speechlog": run}, root=HELDOUT59)
