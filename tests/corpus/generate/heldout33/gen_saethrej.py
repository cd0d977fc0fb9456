"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as saethrej/ego-speed-estimation ``src/train_loop.py`` does
in its stored version with a progress bar: ``for batch, (X, y) in enumerate(tqdm(dataloader))``
and every 5th batch ``print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")`` (a plain print
under the bar). Here: an MLP regressing a digit's "speed" (its label scaled) from scikit-learn's
digits, batches of 64, 3 epochs (``train_loop`` called once per epoch; nothing else printed).

Truth: ``loss`` of each printed batch, no step (the sample counter restarts each epoch).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from tqdm import tqdm

    torch.manual_seed(33)
    Xd, yd = load_digits(return_X_y=True)
    Xd = torch.tensor(Xd / 16.0, dtype=torch.float32)
    yd = torch.tensor(yd / 3.0, dtype=torch.float32).unsqueeze(1)
    truth = Truth()

    class Loader(list):
        dataset = range(len(Xd))

    def train_loop(dataloader, model, loss_fn, optimizer):
        size = len(dataloader.dataset)
        for batch, (X, y) in enumerate(tqdm(dataloader)):
            pred = model(X)
            loss = loss_fn(pred, y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if batch % 5 == 0:
                loss, current = loss.item(), batch * len(X)
                print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")
                truth.add(loss=loss)

    model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    for t in range(3):
        perm = torch.randperm(len(Xd))
        loader = Loader((Xd[perm[i:i + 64]], yd[perm[i:i + 64]]) for i in range(0, len(Xd), 64))
        train_loop(loader, model, loss_fn, optimizer)
    truth.write("the script's loss.item() of each printed batch", libraries=("torch", "tqdm", "scikit-learn"),
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"saethrej": run}, root=HELDOUT33)
