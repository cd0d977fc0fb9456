"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A PyTorch loop reporting its metrics the way floydhub/floyd-docs ``docs/guides/jobs/metrics.md``
(commit 0192f077) tells users to: one JSON object per line on stdout,
``print('{"metric": "accuracy", "value": 0.985}')`` and
``print('{{"metric": "loss", "value": {}}}'.format(loss))`` (``str`` of the float, so full
precision). Here: a small MLP on blob features, Adam 1e-2, 6 epochs of 8 batches; the training
``loss`` every 2 batches, then per epoch ``val_loss`` and ``accuracy`` (validation), formatted
with ``{}`` as in the docs' loss example.

Truth: ``loss``, ``val_loss`` and ``accuracy`` as the metric names printed, no step (the lines
state none).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from _toy import blobs, split

    torch.manual_seed(36)
    X, y = blobs(n=640, k=4, d=8, seed=9, spread=2.4)
    Xtr, ytr, Xva, yva = split(X, y, frac=0.8, seed=9)
    Xtr, Xva = (torch.tensor(a, dtype=torch.float32) for a in (Xtr, Xva))
    ytr, yva = torch.tensor(ytr), torch.tensor(yva)
    model = nn.Sequential(nn.Linear(8, 24), nn.ReLU(), nn.Linear(24, 4))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    crit = nn.CrossEntropyLoss()
    truth = Truth()
    for epoch in range(6):
        model.train()
        perm = torch.randperm(len(ytr))
        for i, b in enumerate(range(0, len(ytr), 64)):
            idx = perm[b:b + 64]
            loss = crit(model(Xtr[idx]), ytr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            if i % 2 == 1:
                print('{{"metric": "loss", "value": {}}}'.format(loss.item()))
                truth.add(loss=loss.item())
        model.eval()
        with torch.no_grad():
            out = model(Xva)
            val_loss = crit(out, yva).item()
            accuracy = (out.argmax(1) == yva).float().mean().item()
        print('{{"metric": "val_loss", "value": {}}}'.format(val_loss))
        print('{{"metric": "accuracy", "value": {}}}'.format(accuracy))
        truth.add(val_loss=val_loss)
        truth.add(accuracy=accuracy)
    truth.write("the script's batch losses, validation loss and validation accuracy, printed "
                "in full", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"floydhub": run}, root=HELDOUT36)
