"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A BYOL self-supervised loop printing as dvdhs/byol_torch ``byol_torch/train.py``: ``for epoch in
track(range(epochs))`` (Rich's progress bar) and, through ``from rich import print``,
``print(f"Epoch {epoch} loss: {epoch_loss}")`` (the mean batch loss in full; Rich highlights the
numbers on a terminal). Here: an online encoder/projector/predictor and its EMA teacher (0.99)
on noisy views of sklearn's digits, Adam 1e-3, batch 128 over 640 rows, 16 epochs.

Truth: ``loss`` at the printed epoch. Off a terminal Rich draws no live bar (the ``-pipe``
capture).
"""

from _toy import batches, digits
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import copy

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from rich import print
    from rich.progress import track

    Xtr, ytr, _, _, _, _ = digits(seed=8, n_val=0, n_test=0)
    Xtr, ytr = Xtr[:640], ytr[:640]
    torch.manual_seed(8)

    class BYOL(nn.Module):
        def __init__(self):
            super().__init__()
            self.online = nn.Sequential(nn.Linear(64, 48), nn.ReLU(), nn.Linear(48, 16))
            self.pred = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 16))
            self.target = copy.deepcopy(self.online)
            for p in self.target.parameters():
                p.requires_grad = False

        def forward(self, x):
            v1 = x + 0.3 * torch.randn_like(x)
            v2 = x * (torch.rand_like(x) > 0.2)

            def l(a, b):
                p = F.normalize(self.pred(self.online(a)), dim=1)
                with torch.no_grad():
                    z = F.normalize(self.target(b), dim=1)
                return (2 - 2 * (p * z).sum(1)).mean()
            return l(v1, v2) + l(v2, v1)

        def update_teacher(self, tau=0.99):
            for po, pt in zip(self.online.parameters(), self.target.parameters()):
                pt.data.mul_(tau).add_((1 - tau) * po.data)

    model = BYOL()
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    truth = Truth()
    for epoch in track(range(16)):
        model.train()
        epoch_loss, nb = 0, 0
        for batch, _ in batches(Xtr, ytr, 128, epoch):
            optimizer.zero_grad()
            loss = model(batch)
            epoch_loss += loss.item()
            loss.backward()
            optimizer.step()
            model.update_teacher()
            nb += 1
        epoch_loss = epoch_loss / nb
        print(f"Epoch {epoch} loss: {epoch_loss}")
        truth.add(at=epoch, loss=epoch_loss)
    truth.write("the script's epoch mean losses", libraries=("torch", "rich"),
                rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"byolrich": run}, root=HELDOUT58)
