"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop with a tqdm bar formatted as in neuralsrg/EEG
``nn/E2S-Transformer/tqdm_test.py``: ``for i1 in (pbar := tqdm(range(...),
bar_format="{desc:<45}{percentage:3.0f}%|{bar:10}{r_bar:20}"))`` with
``pbar.set_description(f'T|loss:{...:.2f}|best val:{...:.2f}|cur val:{...:.2f}')`` each step
(on stderr). Here: a small MLP regressing a noisy sine on 1-D inputs, one Adam step on the
training set and one validation pass each of 8 iterations, in 2 runs (two widths of hidden
layer), each run its own bar.

Truth: the script's training loss, best validation loss so far and current validation loss of
each iteration, ``loss``, ``best val``, ``cur val`` (``T|`` marks training; the description
states no step). The description set at the last iteration is drawn again when the bar closes:
the same state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(31)
    x = torch.linspace(-3, 3, 200).unsqueeze(1)
    y = torch.sin(x) + 0.1 * torch.randn_like(x)
    perm = torch.randperm(200)
    tr, va = perm[:150], perm[150:]
    truth = Truth()
    for width in (8, 32):
        model = nn.Sequential(nn.Linear(1, width), nn.Tanh(), nn.Linear(width, 1))
        opt = torch.optim.Adam(model.parameters(), lr=0.05)
        lossf = nn.MSELoss()
        best = float("inf")
        for i1 in (pbar := tqdm(range(8), bar_format="{desc:<45}{percentage:3.0f}%|{bar:10}{r_bar:20}")):
            loss = lossf(model(x[tr]), y[tr])
            opt.zero_grad()
            loss.backward()
            opt.step()
            with torch.no_grad():
                cur = lossf(model(x[va]), y[va]).item()
            best = min(best, cur)
            pbar.set_description(f'T|loss:{loss.item():.2f}|best val:{best:.2f}|cur val:{cur:.2f}')
            truth.add(loss=loss.item(), **{"best val": best, "cur val": cur})
    truth.write("the script's training loss, best and current validation loss of each step",
                libraries=("torch", "tqdm"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"eeg": run}, root=HELDOUT31)
