"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A VAE printing as 2024yuva/multi-crop ``train_vae.py``: ``Device: cpu``, ``Train samples: N``,
``Validation samples: N``, ``Training epochs: N``, then on the first and every ``LOG_EVERY``-th
batch ``f"  batch {batch_index} | loss={loss:.4f} | recon={reconstruction_loss:.4f} |
kl={kl_loss:.4f}"`` (indented), after each epoch ``f"Epoch {epoch}/{args.epochs} | Train Loss:
{train_loss:.4f} | Reconstruction Loss: {reconstruction_loss:.4f} | KL Loss: {kl_loss:.4f}"``
(epoch means) and ``Saved reconstruction preview: .../epoch_01.png``, and at the end ``Saved
trained VAE: ...``. Here: an MLP VAE on sklearn's digits (BCE summed per image, averaged over
the batch), Adam, 5 epochs of batches of 32, ``LOG_EVERY`` = 20.

Truth: ``loss``, ``recon`` and ``kl`` (the batch's) at no step (the ``batch`` counter restarts
every epoch: the line states no epoch); ``train/Loss`` (``Train Loss``), ``Reconstruction
Loss`` and ``KL Loss`` at the printed epoch. ``Train samples``, ``Validation samples`` are data
sizes: optional; ``Training epochs`` is the params.
"""

from _toy import batches, digits
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(24)
    Xtr, _, Xva, _, _, _ = digits(seed=24)
    lo, hi = Xtr.min(), Xtr.max()
    Xtr, Xva = (Xtr - lo) / (hi - lo), (Xva - lo) / (hi - lo)
    truth = Truth()

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(64, 48), nn.ReLU())
            self.mu, self.logvar = nn.Linear(48, 4), nn.Linear(48, 4)
            self.dec = nn.Sequential(nn.Linear(4, 48), nn.ReLU(), nn.Linear(48, 64), nn.Sigmoid())

        def forward(self, x):
            h = self.enc(x)
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            return self.dec(z), mu, logvar

    def vae_loss(recon, x, mu, logvar):
        r = F.binary_cross_entropy(recon, x, reduction='sum') / len(x)
        kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / len(x)
        return r + kl, r, kl

    epochs, LOG_EVERY = 5, 20
    print("Device: cpu")
    print(f"Train samples: {len(Xtr)}")
    print(f"Validation samples: {len(Xva)}")
    print(f"Training epochs: {epochs}")
    truth.allow(**{"Train samples": len(Xtr), "Validation samples": len(Xva)})
    model = VAE()
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    for epoch in range(1, epochs + 1):
        model.train()
        tl = tr = tk = 0.0
        nb = 0
        for batch_index, (images, _) in enumerate(batches(Xtr, Xtr, 32, epoch), start=1):
            optimizer.zero_grad(set_to_none=True)
            recon, mu, logvar = model(images)
            loss, rl, kl = vae_loss(recon, images, mu, logvar)
            loss.backward()
            optimizer.step()
            tl, tr, tk, nb = tl + loss.item(), tr + rl.item(), tk + kl.item(), nb + 1
            if batch_index == 1 or batch_index % LOG_EVERY == 0:
                print(f"  batch {batch_index} | "
                      f"loss={loss.item():.4f} | "
                      f"recon={rl.item():.4f} | "
                      f"kl={kl.item():.4f}", flush=True)
                truth.add(loss=loss.item(), recon=rl.item(), kl=kl.item())
        print(f"Epoch {epoch}/{epochs} | "
              f"Train Loss: {tl / nb:.4f} | "
              f"Reconstruction Loss: {tr / nb:.4f} | "
              f"KL Loss: {tk / nb:.4f}", flush=True)
        truth.add(at=epoch, **{"train/Loss": tl / nb, "Reconstruction Loss": tr / nb,
                               "KL Loss": tk / nb})
        print(f"Saved reconstruction preview: checkpoints/vae_reconstructions/epoch_{epoch:02d}.png")
    print("Saved trained VAE: checkpoints/vae_encoder.pth")
    truth.write("the loop's batch and epoch-mean VAE losses", libraries=("torch",),
                params={"Training epochs": epochs}, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cropvae": run}, root=HELDOUT61)
