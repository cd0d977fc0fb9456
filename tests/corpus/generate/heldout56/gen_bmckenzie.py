"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A vanilla GAN printing as BMcKenzie123/AIT-204-T7 ``train_gan.py``: ``Device: cpu``,
``Training {EPOCHS} epochs, batch size {BATCH_SIZE}``, ``MNIST: {n:,} images loaded to cpu, {k}
steps/epoch``, the two ``params`` counts, a ``tqdm.auto`` bar ``epoch {epoch:3d}``
(``leave=False``, no postfix) only on milestone epochs, the milestone line ``[epoch {epoch:3d}]
d_loss=..  d_acc=..  g_loss=..  elapsed=.. min`` and the other line ``  epoch {epoch:3d}
d_loss=..  d_acc=..  g_loss=..  (.. min)``, then ``Finished in .. min``, ``Running
post-training evaluation…``, ``Quantitative results:`` and the ``stats`` dict as ``  key: value``
lines. Here: the same dense G and D, narrowed (64-d images: sklearn's 8x8 digits, 14 steps an
epoch), 30 epochs, milestones [1, 3, 10, 30] and the other line every 10th epoch (the script:
400 epochs, [1, 30, 100, 400], every 25th); no files are written.

Truth: ``d_loss``, ``d_acc``, ``g_loss`` (epoch means) at the printed epoch; the summary's
``final_d_loss``, ``final_g_loss``, ``final_d_acc``, ``mean_disc_score_on_real``,
``mean_disc_score_on_fake``, ``pct_fake_classified_real``, ``pct_real_classified_real`` (no
step). The params counts are optional; ``epochs`` and ``batch_size`` (printed in the stats and
the header) are params; minutes are timings.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import time
    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm.auto import tqdm

    SEED, NOISE_DIM, IMG_DIM, BATCH_SIZE, EPOCHS = 42, 16, 64, 128, 30
    SAMPLE_EPOCHS = [1, 3, 10, 30]
    DEVICE = torch.device("cpu")
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    G = nn.Sequential(nn.Linear(NOISE_DIM, 64), nn.LeakyReLU(0.2), nn.BatchNorm1d(64, momentum=0.2),
                      nn.Linear(64, 128), nn.LeakyReLU(0.2), nn.BatchNorm1d(128, momentum=0.2),
                      nn.Linear(128, IMG_DIM), nn.Tanh())
    D = nn.Sequential(nn.Linear(IMG_DIM, 128), nn.LeakyReLU(0.2), nn.Linear(128, 64),
                      nn.LeakyReLU(0.2), nn.Linear(64, 1), nn.Sigmoid())
    print(f"Device: {DEVICE}")
    print(f"Training {EPOCHS} epochs, batch size {BATCH_SIZE}")
    X = torch.tensor(digits_np(seed=SEED)[0] * 2 - 1, dtype=torch.float32)
    STEPS_PER_EPOCH = X.size(0) // BATCH_SIZE
    print(f"MNIST: {X.size(0):,} images loaded to {DEVICE}, {STEPS_PER_EPOCH} steps/epoch")
    g_params = sum(p.numel() for p in G.parameters())
    d_params = sum(p.numel() for p in D.parameters())
    print(f"Generator params    : {g_params:,}")
    print(f"Discriminator params: {d_params:,}")
    g_opt = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    d_opt = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    bce = nn.BCELoss()
    truth = Truth()
    truth.allow(**{"Generator params": g_params, "Discriminator params": d_params})
    history = {"epoch": [], "d_loss": [], "d_acc": [], "g_loss": []}
    t0 = time.time()
    real_full = torch.full((BATCH_SIZE, 1), 1.0)
    fake_full = torch.full((BATCH_SIZE, 1), 0.0)
    for epoch in range(1, EPOCHS + 1):
        G.train(); D.train()
        d_losses, d_accs, g_losses = [], [], []
        show_bar = (epoch in SAMPLE_EPOCHS) or (epoch % 10 == 0) or (epoch == 1)
        iterator = range(STEPS_PER_EPOCH)
        if show_bar:
            iterator = tqdm(iterator, desc=f"epoch {epoch:3d}", leave=False)
        for _ in iterator:
            idx = torch.randint(0, X.size(0), (BATCH_SIZE,))
            real_imgs = X[idx]
            d_opt.zero_grad()
            d_real = D(real_imgs)
            loss_d_real = bce(d_real, real_full)
            fake_imgs = G(torch.randn(BATCH_SIZE, NOISE_DIM))
            d_fake = D(fake_imgs.detach())
            loss_d_fake = bce(d_fake, fake_full)
            d_loss = loss_d_real + loss_d_fake
            d_loss.backward()
            d_opt.step()
            with torch.no_grad():
                d_acc = 0.5 * ((d_real > 0.5).float().mean().item()
                               + (d_fake < 0.5).float().mean().item())
            g_opt.zero_grad()
            g_loss = bce(D(G(torch.randn(BATCH_SIZE, NOISE_DIM))), real_full)
            g_loss.backward()
            g_opt.step()
            d_losses.append(d_loss.item() / 2)
            d_accs.append(d_acc)
            g_losses.append(g_loss.item())
        history["epoch"].append(epoch)
        history["d_loss"].append(float(np.mean(d_losses)))
        history["d_acc"].append(float(np.mean(d_accs)))
        history["g_loss"].append(float(np.mean(g_losses)))
        point = {k: history[k][-1] for k in ("d_loss", "d_acc", "g_loss")}
        if epoch in SAMPLE_EPOCHS:
            elapsed = (time.time() - t0) / 60.0
            print(f"[epoch {epoch:3d}] "
                  f"d_loss={history['d_loss'][-1]:.4f}  "
                  f"d_acc={history['d_acc'][-1]:.3f}  "
                  f"g_loss={history['g_loss'][-1]:.4f}  "
                  f"elapsed={elapsed:.1f} min")
            truth.add(at=epoch, **point)
        elif epoch % 10 == 0:
            elapsed = (time.time() - t0) / 60.0
            print(f"  epoch {epoch:3d}  "
                  f"d_loss={history['d_loss'][-1]:.4f}  "
                  f"d_acc={history['d_acc'][-1]:.3f}  "
                  f"g_loss={history['g_loss'][-1]:.4f}  "
                  f"({elapsed:.1f} min)")
            truth.add(at=epoch, **point)
    total = (time.time() - t0) / 60.0
    print(f"\nFinished in {total:.1f} min")
    print("\nRunning post-training evaluation…")
    G.eval(); D.eval()
    with torch.no_grad():
        real_sample = X[torch.randperm(X.size(0))[:1000]]
        fake_sample = G(torch.randn(1000, NOISE_DIM))
        d_real = D(real_sample).numpy().flatten()
        d_fake = D(fake_sample).numpy().flatten()
    stats = {
        "device": str(DEVICE),
        "epochs": EPOCHS,
        "batch_size": BATCH_SIZE,
        "total_minutes": total,
        "final_d_loss": history["d_loss"][-1],
        "final_g_loss": history["g_loss"][-1],
        "final_d_acc": history["d_acc"][-1],
        "mean_disc_score_on_real": float(d_real.mean()),
        "mean_disc_score_on_fake": float(d_fake.mean()),
        "pct_fake_classified_real": float((d_fake > 0.5).mean()),
        "pct_real_classified_real": float((d_real > 0.5).mean()),
    }
    print("Quantitative results:")
    for k, v in stats.items():
        print(f"  {k}: {v}")
    for k in list(stats)[4:]:
        truth.add(**{k: stats[k]})
    print("\nAll artifacts saved to /tmp/gan_outputs")
    truth.write("the script's epoch means of D loss/accuracy and G loss, and its stats dict",
                libraries=("torch", "tqdm"),
                params={"epochs": EPOCHS, "batch_size": BATCH_SIZE, "device": "cpu"},
                rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"bmckenzie": run}, root=HELDOUT56)
