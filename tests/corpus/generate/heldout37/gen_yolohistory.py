"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The end of nickeisenberg/MLFromScratch ``yolo/tests/train_model/train_model.py``: after
``yoloV3model.fit(1)``, ``for k, v in yoloV3model.history.items(): print(k); print(v)`` (each
history key on its own line, then the whole list of its values as Python prints a list). Here
the model is ours: a small box-regression "detector" (an MLP predicting a box centre and size,
with an objectness logit) on synthetic points, 8 epochs, its ``history`` holding per-epoch
``box_loss``, ``obj_loss``, ``total_loss`` and ``val_loss``; nothing is printed during training.

Truth: each history list's values under its key (``box_loss`` ...), in order, with no step (a
list gives none; the position is the epoch, but no epoch is printed), at full precision.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(17)
    X = torch.rand(512, 6)
    boxes = torch.stack([X[:, 0] * 0.5 + 0.25, X[:, 1] * 0.5 + 0.25, 0.1 + 0.2 * X[:, 2],
                         0.1 + 0.2 * X[:, 3]], 1)
    obj = (X[:, 4] > 0.5).float()
    net = nn.Sequential(nn.Linear(6, 32), nn.ReLU(), nn.Linear(32, 5))
    opt = torch.optim.Adam(net.parameters(), lr=5e-3)
    history = {"box_loss": [], "obj_loss": [], "total_loss": [], "val_loss": []}
    for epoch in range(8):
        sums = [0.0, 0.0, 0.0]
        for i in range(0, 384, 64):
            out = net(X[i:i + 64])
            lb = F.mse_loss(out[:, :4], boxes[i:i + 64])
            lo = F.binary_cross_entropy_with_logits(out[:, 4], obj[i:i + 64])
            loss = 5 * lb + lo
            opt.zero_grad()
            loss.backward()
            opt.step()
            sums[0] += lb.item(); sums[1] += lo.item(); sums[2] += loss.item()
        with torch.no_grad():
            out = net(X[384:])
            vl = (5 * F.mse_loss(out[:, :4], boxes[384:])
                  + F.binary_cross_entropy_with_logits(out[:, 4], obj[384:])).item()
        history["box_loss"].append(sums[0] / 6)
        history["obj_loss"].append(sums[1] / 6)
        history["total_loss"].append(sums[2] / 6)
        history["val_loss"].append(vl)
    for k, v in history.items():
        print(k)
        print(v)
    truth = Truth()
    for k, v in history.items():
        for value in v:
            truth.add(**{k: value})
    truth.write("the script's history lists", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"yolohistory": run}, root=HELDOUT37)
