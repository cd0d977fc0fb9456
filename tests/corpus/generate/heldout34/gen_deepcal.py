"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop with the progress bars of NicolasMakaroff/deep_calibration
``code/gp/train.py``: an outer ``tqdm(range(num_epochs), desc="Epoch")``, an inner
``tqdm(train_loader, desc="Minibatch", leave=False)`` and ``minibatch_iter.set_postfix(loss=
loss.item())`` after each step (tqdm's own float format, three significant digits). The
original trains a deep GP (gpytorch, notebook tqdm); ours is a PyTorch MLP regressing a noisy
"volatility surface" with MSE, 3 epochs of 8 minibatches, the console tqdm.

Truth: ``loss`` of each postfix, no step; each postfix state once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(29)
    train_x = torch.rand(256, 2)
    train_y = (0.2 + 0.3 * (train_x[:, 0] - 0.5) ** 2 + 0.1 * train_x[:, 1]
               + 0.02 * torch.randn(256)).unsqueeze(1)
    model = nn.Sequential(nn.Linear(2, 32), nn.Tanh(), nn.Linear(32, 1))
    optimizer = torch.optim.Adam([{'params': model.parameters()}], lr=0.01)
    truth = Truth()
    num_epochs = 3
    epochs_iter = tqdm(range(num_epochs), desc="Epoch")
    for i in epochs_iter:
        perm = torch.randperm(256)
        train_loader = [(train_x[perm[j:j + 32]], train_y[perm[j:j + 32]]) for j in range(0, 256, 32)]
        minibatch_iter = tqdm(train_loader, desc="Minibatch", leave=False)
        for x_batch, y_batch in minibatch_iter:
            optimizer.zero_grad()
            loss = ((model(x_batch) - y_batch) ** 2).mean()
            loss.backward()
            optimizer.step()
            minibatch_iter.set_postfix(loss=loss.item())
            truth.add(loss=loss.item())
    truth.write("the script's loss.item() of each minibatch, as passed to set_postfix",
                libraries=("torch", "tqdm"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"deepcal": run}, root=HELDOUT34)
