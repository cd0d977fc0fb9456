"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as FilippoVajana/master-degree ``engine/trainer.py``
(commit 02bf2211, ``GenericTrainer.train``) does: one tqdm bar over the epochs (stderr) and
each epoch ``tqdm.write("Train Loss: {}".format(t_loss))`` and ``tqdm.write("Validation Loss:
{}".format(v_loss))`` (the mean of a float32 tensor of batch losses, ``.item()``, unformatted).
Here: a small LeNet-like CNN on scikit-learn's 8x8 digits with the original's MSE loss against
one-hot labels and Adam, validation batches of one, 8 epochs.

Truth: ``train/Loss`` and ``val/Loss`` of each epoch, no step (the epoch is only in the bar).
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
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8)
    Y = torch.eye(10)[torch.tensor(y)]
    perm = torch.randperm(len(X))
    tr, va = perm[:1500], perm[1500:1620]
    model = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(6, 12, 3, padding=1), nn.ReLU(), nn.Flatten(),
                          nn.Linear(12 * 16, 32), nn.ReLU(), nn.Linear(32, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.003, weight_decay=0.0, betas=(0.9, 0.999), eps=1e-8)
    loss_fn = torch.nn.MSELoss()
    truth = Truth()
    epochs = 8
    validation_dataloader = [(X[i:i + 1], Y[i:i + 1]) for i in va]
    for epoch in tqdm(range(epochs)):
        order = tr[torch.randperm(len(tr))]
        train_dataloader = [(X[order[i:i + 100]], Y[order[i:i + 100]]) for i in range(0, len(order), 100)]
        tmp_loss = torch.zeros(len(train_dataloader))
        model.train()
        for idx, (examples, labels) in enumerate(train_dataloader):
            optimizer.zero_grad()
            loss = loss_fn(model(examples), labels)
            loss.backward()
            optimizer.step()
            tmp_loss[idx] = loss.detach()
        t_loss = tmp_loss.mean().item()
        tqdm.write("Train Loss: {}".format(t_loss))
        tmp_loss = torch.zeros(len(validation_dataloader))
        model.eval()
        with torch.no_grad():
            for idx, (examples, targets) in enumerate(validation_dataloader):
                tmp_loss[idx] = loss_fn(model(examples), targets)
        v_loss = tmp_loss.mean().item()
        tqdm.write("Validation Loss: {}".format(v_loss))
        truth.add(**{"train/Loss": t_loss, "val/Loss": v_loss})
    truth.write("the script's epoch means of the batch losses, .item() of a float32 tensor",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"vajana": run}, root=HELDOUT33)
