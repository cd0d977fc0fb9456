"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A hand-written PyTorch autoencoder loop printing as YunShen66666/vae-test
``train_anto_encoder.py``: every 10th batch (``index % 10 == 9``)
``"epoch={},batch={},loss={:.4f},speed={:.6f}/10个batch".format(i, index, loss, index/(b-a))``
(the epoch from 0, the batch index within the epoch, the batch MSE, and the batch index over
the seconds since the epoch began). Here: a 64-16-64 autoencoder on sklearn's digits rows,
SGD as the original (its gradients are never zeroed, as in the original), batch 32, 16 epochs.

Truth: ``loss`` at the printed epoch (``batch`` restarts every epoch: no step of its own).
Optional: ``speed`` (a rate, not a metric) and ``batch`` (a counter).
"""

import time

from _toy import digits
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, _, _, _, _, _ = digits(seed=3)
    torch.manual_seed(3)
    auto_E = nn.Sequential(nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, 64))
    optimizer = torch.optim.SGD(auto_E.parameters(), lr=0.0005)
    citizerion = nn.MSELoss()
    truth = Truth()
    g = torch.Generator().manual_seed(3)
    for i in range(16):
        a = time.time()
        auto_E.train()
        order = torch.randperm(len(Xtr), generator=g)
        for index, start in enumerate(range(0, len(Xtr), 32)):
            x = Xtr[order[start:start + 32]]
            output = auto_E(x)
            loss = citizerion(output, x)
            loss.backward()
            optimizer.step()
            b = time.time()
            if index % 10 == 9:
                b = time.time()
                speed = index / (b - a)
                print("epoch={},batch={},loss={:.4f},speed={:.6f}/10个batch".format(
                    i, index, loss, speed))
                truth.add(at=i, loss=loss.item())
                truth.allow(speed=speed, batch=index)
    truth.write("the script's batch MSE next to each print", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"vaetest": run}, root=HELDOUT55)
