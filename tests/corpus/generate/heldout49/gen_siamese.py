"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A siamese-network loop printing as xiloyye/faceRecongnition ``train.py``: every 10th batch
``print("Epoch number {}\\n Current loss {}\\n".format(epoch,loss_contrastive.item()))`` (a header
line, the loss on an indented line, an empty line; the loss an unformatted Python float, epochs
from 0). Here: an MLP embedding of sklearn's digits trained on random same/different pairs with the
contrastive loss (margin 2), Adam, 8 epochs of 30 batches of 16 pairs.

Truth: ``Current loss`` at the epoch of the ``Epoch number`` line above it.
"""

from _toy import digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, ytr, _, _, _, _ = digits(seed=29)
    torch.manual_seed(29)
    net = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 5))
    optimizer = torch.optim.Adam(net.parameters(), lr=0.0005 * 4)

    def criterion(o1, o2, label, margin=2.0):
        d = F.pairwise_distance(o1, o2)
        return torch.mean((1 - label) * d.pow(2) + label * torch.clamp(margin - d, min=0.0).pow(2))

    g = torch.Generator().manual_seed(29)
    truth = Truth()
    for epoch in range(0, 8):
        for i in range(30):
            a = torch.randint(len(Xtr), (16,), generator=g)
            b = torch.randint(len(Xtr), (16,), generator=g)
            label = (ytr[a] != ytr[b]).float()
            optimizer.zero_grad()
            loss_contrastive = criterion(net(Xtr[a]), net(Xtr[b]), label)
            loss_contrastive.backward()
            optimizer.step()
            if i % 10 == 0:
                print("Epoch number {}\n Current loss {}\n".format(epoch, loss_contrastive.item()))
                truth.add(at=epoch, **{"Current loss": loss_contrastive.item()})
    truth.write("the script's batch contrastive losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"siamese": run}, root=HELDOUT49)
