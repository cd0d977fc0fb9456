"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A conditional VAE with a morphology head printing as bjo5029/causal-vae ``mnist_test/train.py``:
``\\n[Start Training VAE]...``, each epoch ``f"Epoch {epoch+1:02d} | Avg Loss: {..:.2f} | M-Pred
Loss: {..:.4f}"`` (the summed losses over the dataset divided by its size), then the external
classifier's ``\\n[External Encoder] Training a simple classifier for evaluation...``, ``
-> Classifier Epoch {n} done.`` per epoch and ``[External Encoder] Ready``. Here: sklearn's
digits in [0, 1] (64 pixels) instead of Morpho-MNIST, two morphology measures computed from
each image (ink mass, width of the inked columns) as ``m``, the digit class as ``t``; the
original's loss (BCE sum + beta * KL + 100 * MSE of the predicted measures); 12 epochs, then a
small classifier for 4 epochs.

Truth: ``Avg Loss`` and ``M-Pred Loss`` at the printed epoch. The classifier's lines carry no
numbers but the epoch count.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim
    from torch.utils.data import DataLoader, TensorDataset

    CONFIG = {"BATCH_SIZE": 64, "LR": 2e-3, "EPOCHS": 12, "BETA": 1.0}
    Xtr, ytr, _, _, _, _ = digits(seed=4, scale=False)
    ink = Xtr.sum(1, keepdim=True) / 64.0
    width = (Xtr.view(-1, 8, 8).amax(1) > 0.3).float().sum(1, keepdim=True) / 8.0
    m_all = torch.cat([ink, width], 1)
    t_all = F.one_hot(ytr, 10).float()
    train_dataset = TensorDataset(Xtr, m_all, t_all)

    class CausalMorphVAE12(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(64 + 10, 64), nn.ReLU())
            self.mu, self.logvar = nn.Linear(64, 4), nn.Linear(64, 4)
            self.m_head = nn.Sequential(nn.Linear(4 + 10, 16), nn.ReLU(), nn.Linear(16, 2))
            self.dec = nn.Sequential(nn.Linear(4 + 2 + 10, 64), nn.ReLU(), nn.Linear(64, 64))

        def forward(self, x, m, t):
            h = self.enc(torch.cat([x, t], 1))
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            m_hat = self.m_head(torch.cat([z, t], 1))
            recon = torch.sigmoid(self.dec(torch.cat([z, m, t], 1)))
            return recon, m_hat, mu, logvar

    torch.manual_seed(4)
    train_loader = DataLoader(train_dataset, batch_size=CONFIG["BATCH_SIZE"], shuffle=True)
    model = CausalMorphVAE12()
    optimizer = optim.Adam(model.parameters(), lr=CONFIG["LR"])
    truth = Truth()

    print("\n[Start Training VAE]...")
    for epoch in range(CONFIG["EPOCHS"]):
        model.train()
        total_loss = 0
        total_m_loss = 0
        for batch_idx, (x, m, t) in enumerate(train_loader):
            optimizer.zero_grad()
            recon_x, m_hat, mu, logvar = model(x, m, t)
            loss_recon = F.binary_cross_entropy(recon_x, x.view(-1, 64), reduction='sum')
            kld_element = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
            loss_kld = kld_element * CONFIG["BETA"]
            loss_morph = F.mse_loss(m_hat, m, reduction='sum') * 100
            loss = loss_recon + loss_kld + loss_morph
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            total_m_loss += loss_morph.item()
        avg, m_avg = total_loss / len(train_dataset), total_m_loss / len(train_dataset)
        print(f"Epoch {epoch+1:02d} | Avg Loss: {avg:.2f} | M-Pred Loss: {m_avg:.4f}")
        truth.add(at=epoch + 1, **{"Avg Loss": avg, "M-Pred Loss": m_avg})

    print("\n[External Encoder] Training a simple classifier for evaluation...")
    clf = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10), nn.LogSoftmax(1))
    copt = optim.SGD(clf.parameters(), lr=0.01, momentum=0.5)
    loader = DataLoader(TensorDataset(Xtr, ytr), batch_size=64, shuffle=True)
    clf.train()
    for epoch in range(4):
        for data, target in loader:
            copt.zero_grad()
            loss = F.nll_loss(clf(data), target)
            loss.backward()
            copt.step()
        print(f" -> Classifier Epoch {epoch+1} done.")
    print("[External Encoder] Ready")
    truth.write("the epoch's summed losses divided by the dataset size", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"causalvae": run}, root=HELDOUT50)
