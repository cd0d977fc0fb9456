"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The training log kept in nat-chan/my-chainer-gan ``result_sndcgan64_selebA/log.py``: the log of
a GAN run saved as a Python file, ``l = [`` then, indented by 4, one JSON object per report
(``"epoch": 0``, ``"elapsed_time": 17.37...``, ``"loss_gen": 1.489...``, ``"iteration": 100``,
``"loss_dis": 0.886...``, in that key order, full float precision), closed by ``]``. Here a
hand-written GAN on 2-D points (two small MLPs, BCE losses, Adam) keeps the same report list
every 40 iterations and prints it at the end in exactly that layout (``"l = " +
json.dumps(log, indent=4)``), 2 epochs of 120 iterations.

Truth: ``loss_gen`` and ``loss_dis`` of each report (the mean over the last 40 iterations) at
its ``iteration`` (a global step); ``elapsed_time`` is a time (not listed); ``epoch`` is a
counter.
"""

import json
import time

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(24)
    G = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
    D = nn.Sequential(nn.Linear(2, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
    opt_g = torch.optim.Adam(G.parameters(), lr=2e-3, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(D.parameters(), lr=2e-3, betas=(0.5, 0.999))
    log = []
    truth = Truth()
    start = time.time()
    iteration = 0
    gl, dl = [], []
    for epoch in range(2):
        for _ in range(120):
            angle = torch.rand(64) * 2 * math.pi
            real = torch.stack([angle.cos(), angle.sin()], 1) * 2 + 0.1 * torch.randn(64, 2)
            fake = G(torch.randn(64, 2))
            loss_dis = (F.binary_cross_entropy_with_logits(D(real), torch.ones(64, 1))
                        + F.binary_cross_entropy_with_logits(D(fake.detach()), torch.zeros(64, 1)))
            opt_d.zero_grad()
            loss_dis.backward()
            opt_d.step()
            loss_gen = F.binary_cross_entropy_with_logits(D(fake), torch.ones(64, 1))
            opt_g.zero_grad()
            loss_gen.backward()
            opt_g.step()
            iteration += 1
            gl.append(loss_gen.item())
            dl.append(loss_dis.item())
            if iteration % 40 == 0:
                entry = {"epoch": epoch, "elapsed_time": time.time() - start,
                         "loss_gen": sum(gl) / len(gl), "iteration": iteration,
                         "loss_dis": sum(dl) / len(dl)}
                log.append(entry)
                truth.add(at=iteration, loss_gen=entry["loss_gen"], loss_dis=entry["loss_dis"])
                gl, dl = [], []
    print("l = " + json.dumps(log, indent=4))
    truth.write("the script's report list (mean losses per 40 iterations)", libraries=("torch",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"chainergan": run}, root=HELDOUT37)
