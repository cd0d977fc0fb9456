"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A graph VAE with a baseline comparison, printing as DhruvaSakhare/advanced-ml-miniproject3
``train_vae.py``: ``Dataset: {n} graphs | max_nodes={m} | node_features={f}``, ``Edge
pos_weight: {:.2f}``, ``\\nTraining GraphVAE for {EPOCHS} epochs...``, the epoch line ``f"  Epoch
{epoch+1:3d}/{EPOCHS} | lr={lr:.1e} | beta={beta:.4f} | train={train_loss:.3f} |
val={val_loss:.3f}"``, ``Training complete.``, ``Saved loss_curve.png``, the sampling lines, a
hand-drawn table between ``─`` rules (``f"{'':25s} {'Novel':>8} {'Unique':>8}
{'Nov+Uniq':>10}"``, rows ``Baseline (ER)`` and ``GraphVAE`` with ``{:>8.1%}`` cells), the
histogram and sample-plot lines and ``All done!``. Here (no torch_geometric or networkx in the
environment): 188 random 8-node graphs (a tree plus a few chords) as flattened adjacency
matrices, an MLP VAE with the script's edge BCE (``pos_weight``), KL warm-up ``beta = min(0.05,
0.05 * (epoch + 1) / 150)``, AdamW and cosine schedule; split 100/44/44; novelty and
uniqueness by exact adjacency up to sorting nodes by degree; the epoch line every 20 epochs (the
script: every 50); no plots are drawn.

Truth: ``train`` and ``val`` at the printed epoch; the table as ``<row>/<column>``
(``Baseline (ER)/Novel`` ...), the printed percentages. ``lr`` and ``beta`` (schedules), the
dataset line and ``Edge pos_weight`` are optional; the config is params.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    HIDDEN_DIM, LATENT_DIM, EPOCHS, LR, BATCH_SIZE, SEED, N_SAMPLES = 64, 8, 200, 5e-4, 32, 42, 1000
    N = 8
    rng = np.random.default_rng(SEED)
    iu = np.triu_indices(N, 1)

    def random_graph():
        A = np.zeros((N, N))
        for v in range(1, N):
            u = rng.integers(0, v)
            A[u, v] = A[v, u] = 1
        for _ in range(rng.integers(0, 3)):
            u, v = rng.choice(N, 2, replace=False)
            A[u, v] = A[v, u] = 1
        return A

    def key(A):
        order = np.lexsort((A.sum(0),))
        return A[np.ix_(order, order)].astype(np.int8).tobytes()

    graphs = [random_graph() for _ in range(188)]
    print(f"Dataset: {len(graphs)} graphs | max_nodes={N} | node_features=7")
    X = torch.tensor(np.array([A[iu] for A in graphs]), dtype=torch.float32)
    torch.manual_seed(SEED)
    perm = torch.randperm(188)
    tr, va = X[perm[:100]], X[perm[100:144]]
    total_possible = 100 * N * (N - 1)
    total_actual = float(tr.sum() * 2)
    pos_weight = torch.tensor([(total_possible - total_actual) / max(total_actual, 1)])
    print(f"Edge pos_weight: {pos_weight.item():.2f}")
    truth = Truth()
    truth.allow(**{"Dataset": 188, "max_nodes": N, "node_features": 7,
                   "Edge pos_weight": pos_weight.item()})
    D = len(iu[0])
    enc = nn.Sequential(nn.Linear(D, HIDDEN_DIM), nn.ReLU(), nn.Linear(HIDDEN_DIM, 2 * LATENT_DIM))
    dec = nn.Sequential(nn.Linear(LATENT_DIM, HIDDEN_DIM), nn.ReLU(), nn.Linear(HIDDEN_DIM, D))
    params = list(enc.parameters()) + list(dec.parameters())
    optimizer = torch.optim.AdamW(params, lr=LR, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=EPOCHS)

    def loss_fn(x, beta, train=True):
        mu, logvar = enc(x).chunk(2, 1)
        logvar = torch.clamp(logvar, -10, 10)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar) if train else mu
        edge = F.binary_cross_entropy_with_logits(dec(z), x, pos_weight=pos_weight)
        kl = -0.5 * torch.mean(torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), 1))
        return edge + beta * kl

    print(f"\nTraining GraphVAE for {EPOCHS} epochs...")
    for epoch in range(EPOCHS):
        beta = min(0.05, 0.05 * (epoch + 1) / 150)
        train_loss = 0.0
        p = torch.randperm(100)
        for i in range(0, 100, BATCH_SIZE):
            xb = tr[p[i:i + BATCH_SIZE]]
            loss = loss_fn(xb, beta)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 5.0)
            optimizer.step()
            train_loss += loss.item() * len(xb) / 100
        scheduler.step()
        with torch.no_grad():
            val_loss = loss_fn(va, beta, train=False).item()
        if (epoch + 1) % 20 == 0:
            lr = scheduler.get_last_lr()[0]
            print(f"  Epoch {epoch+1:3d}/{EPOCHS} | lr={lr:.1e} "
                  f"| beta={beta:.4f} | train={train_loss:.3f} | val={val_loss:.3f}")
            truth.add(at=epoch + 1, train=train_loss, val=val_loss)
            truth.allow(lr=lr, beta=beta)
    print("Training complete.\n")
    print("Saved loss_curve.png")
    train_keys = {key(graphs[i]) for i in perm[:100].tolist()}
    print(f"Fitting ER baseline on {len(perm[:100])} training graphs...")
    p_edge = float(tr.mean())
    print(f"Sampling {N_SAMPLES} graphs from ER baseline...")

    def to_adj(v):
        A = np.zeros((N, N))
        A[iu] = v
        return A + A.T

    er = [to_adj((rng.random(D) < p_edge).astype(float)) for _ in range(N_SAMPLES)]
    torch.seed()
    torch.manual_seed(SEED + 1)
    print(f"Sampling {N_SAMPLES} graphs from GraphVAE...")
    with torch.no_grad():
        probs = torch.sigmoid(dec(torch.randn(N_SAMPLES, LATENT_DIM))).numpy()
    vae = [to_adj((pr > 0.5).astype(float)) for pr in probs]

    def novelty_uniqueness(samples):
        keys = [key(A) for A in samples]
        novel = [k not in train_keys for k in keys]
        counts = {}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
        unique = [counts[k] == 1 for k in keys]
        return {"novel": np.mean(novel), "unique": np.mean(unique),
                "novel_and_unique": np.mean([a and b for a, b in zip(novel, unique)])}

    er_m, vae_m = novelty_uniqueness(er), novelty_uniqueness(vae)
    print("\n" + "─" * 55)
    print(f"{'':25s} {'Novel':>8} {'Unique':>8} {'Nov+Uniq':>10}")
    print("─" * 55)
    for label, m in (("Baseline (ER)", er_m), ("GraphVAE", vae_m)):
        print(f"{label:25s} {m['novel']:>8.1%} {m['unique']:>8.1%} {m['novel_and_unique']:>10.1%}")
        truth.add(**{f"{label}/Novel": 100 * m["novel"], f"{label}/Unique": 100 * m["unique"],
                     f"{label}/Nov+Uniq": 100 * m["novel_and_unique"]})
    print("─" * 55)
    print("\nCollecting graph statistics and plotting histograms...")
    print("Saved histograms_all.png")
    print("Plotting 9 sample VAE graphs...")
    print("Saved sample_vae_graphs.png")
    print("\nAll done!")
    truth.write("the script's epoch losses and its novelty/uniqueness table (percent as printed)",
                libraries=("torch",),
                params={"HIDDEN_DIM": HIDDEN_DIM, "LATENT_DIM": LATENT_DIM, "EPOCHS": EPOCHS,
                        "N_SAMPLES": N_SAMPLES},
                rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"dhruva": run}, root=HELDOUT56)
