"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A small GAN printing as AnnieJP/handwriting-generator ``train_gan.py``: ``Device: cpu``, the
``WARNING: No user samples provided. Using random style references.`` line, then each epoch a
tqdm bar ``Epoch {epoch}`` over the batches (no postfix) and ``f"Epoch {epoch:4d} | G:
{g_loss:.4f} | D: {d_loss:.4f}"`` (the last batch's generator and discriminator losses), every
``save_every`` epochs ``  → Saved best checkpoint (G loss: {best_g_loss:.4f})`` when the
generator loss is the best so far, and ``Training complete.``. Here: a hinge-loss GAN of two
MLPs producing 8x8 "strokes" (sklearn's digits) from noise and a style code, 12 epochs of 12
batches, ``save_every`` 3 (nothing is written).

Truth: ``G`` and ``D`` at the printed epoch; the best generator loss of the ``Saved best``
line is optional.
"""

from _toy import digits_np
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    device, epochs, save_every, batch_size = "cpu", 12, 3, 128
    print(f"Device: {device}")
    X, _ = digits_np(seed=12)
    X = torch.tensor(X * 2 - 1, dtype=torch.float32)
    torch.manual_seed(12)
    loader = torch.utils.data.DataLoader(X, batch_size=batch_size, shuffle=True, drop_last=True)
    style_refs = torch.rand(4, 16) * 2 - 1
    print("WARNING: No user samples provided. Using random style references.")
    G = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    truth = Truth()
    best_g_loss = float("inf")
    for epoch in range(1, epochs + 1):
        for batch_idx, real in enumerate(tqdm(loader, desc=f"Epoch {epoch}")):
            B = real.shape[0]
            style = style_refs[torch.randint(0, 4, (B,))]
            z = torch.cat([torch.randn(B, 16), style], 1)
            with torch.no_grad():
                fake = G(z)
            d_total = F.relu(1 - D(real)).mean() + F.relu(1 + D(fake)).mean()
            opt_d.zero_grad()
            d_total.backward()
            opt_d.step()
            fake = G(z)
            g_total = -D(fake).mean() + 0.1 * F.l1_loss(fake, real)
            opt_g.zero_grad()
            g_total.backward()
            opt_g.step()
        g_loss, d_loss = g_total.item(), d_total.item()
        print(f"Epoch {epoch:4d} | G: {g_loss:.4f} | D: {d_loss:.4f}")
        truth.add(at=epoch, G=g_loss, D=d_loss)
        if epoch % save_every == 0 or epoch == epochs:
            if g_loss < best_g_loss:
                best_g_loss = g_loss
                print(f"  → Saved best checkpoint (G loss: {best_g_loss:.4f})")
                truth.allow(**{"G loss": best_g_loss})
    print("Training complete.")
    truth.write("the script's last-batch losses", libraries=("torch", "tqdm"), rel=1e-5,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"anniegan": run}, root=HELDOUT60)
