"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as ADITYAgit-test/DL_NEW_Assignment_3 ``train_gan.py`` through
its ``utils.setup_logging`` (a ``logging`` StreamHandler on stderr with the format
``[%(asctime)s] %(message)s``, dates ``%Y-%m-%d %H:%M:%S``) and ``utils.get_device`` (``Using CPU``
on stdout): a ``=`` * 60 banner with ``DCGAN Training Started``, ``Device: cpu``, ``Spectral
Normalization: True``, ``Image size: 8x8``, ``Batch size: 32``, ``Latent dim (z_dim): 16``; then
``Dataset size: 1497 images``, ``Generator parameters: 3,952`` (``:,``), one line per epoch
``Epoch [3/12] Time: 0.1s G_Loss: 0.7312 D_Loss: 1.3016``, every 4th epoch ``Checkpoint saved:
...``, ``Sample grid saved: ...`` and maybe ``New best model saved.``, and a closing block
``Final Generator Loss: ...``, ``Final Discriminator Loss: ...``. Here: an MLP GAN (spectral
norm on the discriminator) on sklearn's digits rows, Adam, 12 epochs.

Truth: ``G_Loss`` and ``D_Loss`` (epoch means) at the printed epoch; the parameter counts, the
dataset size and the two ``Final ...`` values (the last epoch's again) are optional; the banner's
settings are params. ``Time`` is a timing: in neither map.
"""

from _toy import batches, digits
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import logging
    import time

    import torch
    import torch.nn as nn

    print("Using CPU")
    logger = logging.getLogger("DCGAN")
    logger.setLevel(logging.INFO)
    ch = logging.StreamHandler()
    ch.setLevel(logging.INFO)
    ch.setFormatter(logging.Formatter("[%(asctime)s] %(message)s", datefmt="%Y-%m-%d %H:%M:%S"))
    logger.addHandler(ch)

    EPOCHS, BATCH, Z, SAVE = 12, 32, 16, 4
    logger.info("=" * 60)
    logger.info("DCGAN Training Started")
    logger.info("Device: cpu")
    logger.info("Spectral Normalization: True")
    logger.info("Image size: 8x8")
    logger.info(f"Batch size: {BATCH}")
    logger.info(f"Latent dim (z_dim): {Z}")
    logger.info("=" * 60)

    Xtr, ytr, _, _, _, _ = digits(seed=1, n_val=0, n_test=300)
    Xtr = torch.tanh(Xtr / 2)
    logger.info(f"Dataset size: {len(Xtr)} images")
    torch.manual_seed(1)
    gen = nn.Sequential(nn.Linear(Z, 48), nn.ReLU(), nn.Linear(48, 64), nn.Tanh())
    sn = nn.utils.spectral_norm
    disc = nn.Sequential(sn(nn.Linear(64, 32)), nn.LeakyReLU(0.2), sn(nn.Linear(32, 1)),
                         nn.Sigmoid())
    n_g = sum(p.numel() for p in gen.parameters())
    n_d = sum(p.numel() for p in disc.parameters())
    logger.info(f"Generator parameters: {n_g:,}")
    logger.info(f"Discriminator parameters: {n_d:,}")
    truth = Truth()
    truth.allow(**{"Generator parameters": n_g, "Discriminator parameters": n_d,
                   "Dataset size": len(Xtr)})
    crit = nn.BCELoss()
    og = torch.optim.Adam(gen.parameters(), lr=2e-3, betas=(0.5, 0.999))
    od = torch.optim.Adam(disc.parameters(), lr=2e-3, betas=(0.5, 0.999))
    g_hist, d_hist, best = [], [], float("inf")
    for epoch in range(1, EPOCHS + 1):
        t0 = time.time()
        g_sum = d_sum = 0.0
        n = 0
        for real, _ in batches(Xtr, ytr, BATCH, epoch):
            b = real.size(0)
            od.zero_grad()
            fake = gen(torch.randn(b, Z))
            d_loss = crit(disc(real).squeeze(1), torch.ones(b)) + \
                crit(disc(fake.detach()).squeeze(1), torch.zeros(b))
            d_loss.backward()
            od.step()
            og.zero_grad()
            g_loss = crit(disc(fake).squeeze(1), torch.ones(b))
            g_loss.backward()
            og.step()
            g_sum += g_loss.item()
            d_sum += d_loss.item()
            n += 1
        ag, ad = g_sum / n, d_sum / n
        g_hist.append(ag)
        d_hist.append(ad)
        logger.info(f"Epoch [{epoch}/{EPOCHS}] Time: {time.time() - t0:.1f}s "
                    f"G_Loss: {ag:.4f} D_Loss: {ad:.4f}")
        truth.add(at=epoch, G_Loss=ag, D_Loss=ad)
        if epoch % SAVE == 0 or epoch == EPOCHS:
            logger.info(f"Checkpoint saved: models/checkpoint_epoch_{epoch:03d}.pth")
            logger.info(f"Sample grid saved: outputs/generated_epoch_{epoch:03d}.png")
            if ag < best:
                best = ag
                logger.info("New best model saved.")
    logger.info("=" * 60)
    logger.info("Training Complete!")
    logger.info(f"Final Generator Loss: {g_hist[-1]:.4f}")
    logger.info(f"Final Discriminator Loss: {d_hist[-1]:.4f}")
    logger.info("Best model saved to: models/best_generator.pth")
    logger.info("=" * 60)
    logger.info("Loss history saved: logs/loss_history.json")
    truth.allow(**{"Final Generator Loss": g_hist[-1], "Final Discriminator Loss": d_hist[-1],
                   "Generator Loss": g_hist[-1], "Discriminator Loss": d_hist[-1]})
    truth.write("the script's epoch mean losses", libraries=("torch",),
                params={"Device": "cpu", "Spectral Normalization": True, "Image size": "8x8",
                        "Batch size": BATCH, "Latent dim (z_dim)": Z},
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dcganlog": run}, root=HELDOUT58)
