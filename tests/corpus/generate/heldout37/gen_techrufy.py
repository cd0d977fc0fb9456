"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A training loop as in TechRufy/ML4CV_Project ``src/utils/loops.py``: ``for batch, (images,
labels) in tqdm(enumerate(dataloader)):`` (a bar over an ``enumerate``, so tqdm knows no total
and draws a bare counter with its rate on stderr) and every batch (``batch % 1 == 0``)
``print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")`` on stdout. Here: a small CNN on
sklearn's digits, SGD with momentum, 3 epochs of 15 batches (the loop function called once per
epoch, nothing printed between).

Truth: the batch loss, ``loss``, no step (the ``[current/size]`` counter restarts each epoch and
counts samples). The tqdm counter states are no metrics.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _toy import digits
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=15)
    Xtr, ytr = Xtr[:480].view(-1, 1, 8, 8), ytr[:480]
    torch.manual_seed(15)
    model = nn.Sequential(nn.Conv2d(1, 6, 3), nn.ReLU(), nn.Flatten(), nn.Linear(6 * 36, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()
    batch_size = 32

    def train_loop(dataloader, size):
        model.train()
        for batch, (images, labels) in tqdm(enumerate(dataloader)):
            pred = model(images)
            loss = loss_fn(pred, labels)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            if batch % 1 == 0:
                loss, current = loss.item(), batch * batch_size + len(images)
                print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")
                truth.add(loss=loss)

    for epoch in range(3):
        g = torch.Generator().manual_seed(epoch)
        perm = torch.randperm(len(Xtr), generator=g)
        loader = [(Xtr[perm[i:i + batch_size]], ytr[perm[i:i + batch_size]])
                  for i in range(0, len(Xtr), batch_size)]
        train_loop(loader, len(Xtr))
    truth.write("the script's batch losses", libraries=("torch", "tqdm"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"techrufy": run}, root=HELDOUT37)
