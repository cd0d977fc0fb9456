"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written fit loop as benjimaclellan/foqal ``foqal/fit.py`` writes it: ``for step in
(pbar := tqdm.tqdm(range(n_steps)))``, the model's ``forward()`` (no input) against the data,
``F.mse_loss``, and ``pbar.set_description(f"Cost: {losses[-1]:.4f}")`` every step (on stderr).
Here: a two-component Gaussian mixture density, its weights, means and widths as parameters,
fitted by Adam to a histogram of 2000 samples, 20 steps.

Truth: the script's MSE of each step, ``Cost`` (the bar's count is no labelled step: none
given). The description drawn again when the bar closes is the same state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import tqdm
    from torch.functional import F

    class Mixture(torch.nn.Module):
        def __init__(self, grid):
            super().__init__()
            self.grid = grid
            self.mu = torch.nn.Parameter(torch.tensor([-0.5, 0.5]))
            self.log_s = torch.nn.Parameter(torch.tensor([0.0, 0.0]))
            self.logit = torch.nn.Parameter(torch.tensor([0.0, 0.0]))

        def forward(self):
            w = torch.softmax(self.logit, 0)
            s = torch.exp(self.log_s)
            z = (self.grid[:, None] - self.mu) / s
            return (w * torch.exp(-0.5 * z ** 2) / (s * 2.5066)).sum(1)

    rng = np.random.default_rng(32)
    samples = np.concatenate([rng.normal(-1.5, 0.5, 1200), rng.normal(1.0, 0.8, 800)])
    hist, edges = np.histogram(samples, bins=40, range=(-4, 4), density=True)
    grid = torch.tensor((edges[:-1] + edges[1:]) / 2, dtype=torch.float32)
    data = torch.tensor(hist, dtype=torch.float32)
    model = Mixture(grid)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    truth = Truth()
    losses = []
    for step in (pbar := tqdm.tqdm(range(20))):
        pred = model.forward()
        loss = F.mse_loss(pred, data)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        losses.append(loss.detach().numpy())
        pbar.set_description(f"Cost: {losses[-1]:.4f}")
        truth.add(Cost=float(losses[-1]))
    truth.write("the script's MSE of each step", libraries=("torch", "numpy", "tqdm"),
                rel=1e-3, abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"foqal": run}, root=HELDOUT32)
