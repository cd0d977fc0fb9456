"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as Dyphis/MusicTransformer-pytorch ``seq2seq/run.py`` does (the
PyTorch translation tutorial's line): ``f"Epoch: {epoch}, Train loss: {train_loss:.3f}, Val loss:
{val_loss:.3f}, Epoch time = {(end_time - start_time):.3f}s"``, epochs from 1, 18 of them as in
the original. Here: a tiny PyTorch next-token model (embedding + linear) on sequences from a
random Markov chain.

Truth: ``train/loss`` and ``val/loss`` (``Train loss``, ``Val loss``), step = the printed epoch;
the epoch time is a time (no truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    from timeit import default_timer as timer
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(21)
    rng = np.random.default_rng(21)
    V = 12
    trans = rng.dirichlet(np.full(V, 0.3), size=V)
    cum = trans.cumsum(1)

    def sample(n, T=16):
        out = np.zeros((n, T + 1), dtype=np.int64)
        out[:, 0] = rng.integers(V, size=n)
        for t in range(T):
            u = rng.random(n)
            out[:, t + 1] = np.minimum((cum[out[:, t]] < u[:, None]).sum(1), V - 1)
        return torch.tensor(out)

    train_data, val_data = sample(64), sample(32)
    model = nn.Sequential(nn.Embedding(V, 16), nn.Linear(16, V))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    lossf = nn.CrossEntropyLoss()

    def train_epoch():
        model.train()
        losses = 0.0
        for i in range(0, 64, 16):
            b = train_data[i:i + 16]
            loss = lossf(model(b[:, :-1]).reshape(-1, V), b[:, 1:].reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses += loss.item()
        return losses / 4

    def evaluate():
        model.eval()
        with torch.no_grad():
            return lossf(model(val_data[:, :-1]).reshape(-1, V), val_data[:, 1:].reshape(-1)).item()

    truth = Truth()
    for epoch in range(1, 19):
        start_time = timer()
        train_loss = train_epoch()
        end_time = timer()
        val_loss = evaluate()
        print((f"Epoch: {epoch}, Train loss: {train_loss:.3f}, "
               f"Val loss: {val_loss:.3f}, "f"Epoch time = {(end_time - start_time):.3f}s"))
        truth.add(at=epoch, **{"train/loss": train_loss, "val/loss": val_loss})
    truth.write("the script's mean training loss and validation loss of each epoch",
                libraries=("torch", "numpy"), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"dyphis": run}, root=HELDOUT34)
