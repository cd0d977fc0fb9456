"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A VAE printing as Dongkyun01/AutoEncoder-Experiments ``train_vae.py``: each epoch
``f"[{model_name}] Epoch {epoch+1} Loss: {total_loss/len(train_loader.dataset):.4f}"``, then
``f"[{model_name}] Test Loss: {test_loss:.4f}"``, ``✅ 모델 저장 완료: {save_dir}/{model_name}.pt``
and ``🖼 이미지 저장 완료: reports/report_VAE.png`` (model_name ``VariationalAutoEncoder``). Here:
an MLP VAE (BCE + KL summed, per sample) on sklearn's 8x8 digits scaled to [0, 1], 10 epochs
(the script: 5, on MNIST). ``ResultsLogger`` (not read) and the plots are left out: nothing is
written.

Truth: ``Loss`` at the printed epoch; ``test/Loss`` with no step.
"""

from _toy import digits
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(23)
    Xtr, _, _, _, Xte, _ = digits(seed=23, n_val=0, n_test=300, scale=False)
    model_name, save_dir = "VariationalAutoEncoder", "trained_models"

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Linear(64, 32)
            self.mu, self.lv = nn.Linear(32, 4), nn.Linear(32, 4)
            self.dec = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 64), nn.Sigmoid())

        def forward(self, x):
            h = F.relu(self.enc(x))
            mu, logvar = self.mu(h), self.lv(h)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            return self.dec(z), mu, logvar

    def vae_loss(x_hat, x, mu, logvar):
        bce = F.binary_cross_entropy(x_hat, x, reduction='sum')
        kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
        return bce + kld

    model = VAE()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    truth = Truth()
    for epoch in range(10):
        model.train()
        total_loss = 0
        for i in range(0, len(Xtr), 64):
            x = Xtr[i:i + 64]
            x_hat, mu, logvar = model(x)
            loss = vae_loss(x_hat, x, mu, logvar)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        print(f"[{model_name}] Epoch {epoch+1} Loss: {total_loss/len(Xtr):.4f}")
        truth.add(at=epoch + 1, Loss=total_loss / len(Xtr))
    model.eval()
    test_loss = 0
    with torch.no_grad():
        for i in range(0, len(Xte), 64):
            x = Xte[i:i + 64]
            x_hat, mu, logvar = model(x)
            test_loss += vae_loss(x_hat, x, mu, logvar).item()
    test_loss = test_loss / len(Xte)
    print(f"[{model_name}] Test Loss: {test_loss:.4f}")
    truth.add(**{"test/Loss": test_loss})
    print(f"✅ 모델 저장 완료: {save_dir}/{model_name}.pt")
    print("🖼 이미지 저장 완료: reports/report_VAE.png")
    truth.write("the script's per-sample epoch loss and test loss", libraries=("torch",),
                rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dongkyun": run}, root=HELDOUT56)
