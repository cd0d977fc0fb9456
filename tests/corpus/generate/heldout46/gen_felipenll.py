"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as felipefritsch/deep-learning-loan-portfolios
``dev/model/train.py``: the run banner ``=== M8 NN training  variant=... window k=...  depth=...
dropout=... wd=...  device=cpu  amp=False  smoke=True ===``, ``net: [...] hidden, N params,
in_dim=...``, ``rows: train=... (Σw=...)  val=...``, per epoch ``  epoch {e:>2}:
train_nll={:.6f}  val_nll={:.6f}  lr={:.2e}  (best@{b}, bad={k})  [{:.1f}s train, {:.1f}s
epoch, {:,.0f} rows/s]`` with ``  *`` when it improved, ``  early stopping (no val improvement
for N evals)``, ``best epoch {b}  val_nll=...  test_nll=...`` and ``wrote .../metrics.json``.
Here: an MLP over synthetic loan features predicting three monthly states (current,
prepaid, default) with importance weights, Adam with ReduceLROnPlateau (factor 0.5,
patience 1), early stopping after 3 epochs without improvement, at most 14 epochs; the
checkpointing and the metrics file are left out (the message is printed only).

Truth: ``train_nll`` and ``val_nll`` at the printed epoch (0-based); ``test_nll`` of the final
line, no step; its ``val_nll`` repeats the best epoch's value, optional, as is ``lr``.
Printed settings are params.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import copy
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    variant, k, depth, dropout, wd = "dev", 2015, 3, 0.2, 0.0
    print(f"=== M8 NN training  variant={variant}  window k={k}  depth={depth} dropout={dropout} "
          f"wd={wd}  device=cpu  amp=False  smoke=True ===")

    def split(n):
        x = rng.normal(size=(n, 10)).astype(np.float32)
        logits = np.stack([np.zeros(n), 0.8 * x[:, 0] - 1.0, 1.2 * x[:, 1] - 0.5 * x[:, 2] - 2.0], 1)
        p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
        y = np.array([rng.choice(3, p=pi) for pi in p])
        w = rng.uniform(0.5, 2.0, n).astype(np.float32)
        return torch.tensor(x), torch.tensor(y), torch.tensor(w)

    train, val, test = split(3000), split(1000), split(1000)
    hidden = [48] + [32] * (depth - 1)
    layers, d = [], 10
    for h in hidden:
        layers += [nn.Linear(d, h), nn.ReLU(), nn.Dropout(dropout)]
        d = h
    model = nn.Sequential(*layers, nn.Linear(d, 3))
    n_params = sum(p.numel() for p in model.parameters())
    print(f"net: {hidden} hidden, {n_params:,} params, in_dim=10 (10 cont + 0 emb + 0 bin)")
    print(f"rows: train={len(train[1]):,} (Σw={float(train[2].sum()):,.0f})  val={len(val[1]):,}")
    opt = torch.optim.Adam(model.parameters(), lr=1e-2, weight_decay=wd)
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1)

    def nll(split_):
        model.eval()
        with torch.no_grad():
            ce = F.cross_entropy(model(split_[0]), split_[1], reduction="none")
            return float((split_[2] * ce).sum() / split_[2].sum())

    best = {"val_nll": float("inf"), "epoch": -1, "state": None}
    bad, patience, truth = 0, 3, Truth()
    for epoch in range(14):
        t0 = time.perf_counter()
        model.train()
        order = np.random.default_rng([0, epoch]).permutation(len(train[1]))
        swce = sw = 0.0
        for s in range(0, len(order), 256):
            idx = torch.tensor(order[s:s + 256])
            x, y, w = train[0][idx], train[1][idx], train[2][idx]
            opt.zero_grad()
            loss = (w * F.cross_entropy(model(x), y, reduction="none")).sum() / w.sum()
            loss.backward()
            opt.step()
            swce += float(loss) * float(w.sum())
            sw += float(w.sum())
        train_nll = swce / sw
        train_sec = time.perf_counter() - t0
        val_nll = nll(val)
        sched.step(val_nll)
        lr_now = opt.param_groups[0]["lr"]
        improved = val_nll < best["val_nll"] - 1e-7
        if improved:
            best = {"val_nll": val_nll, "epoch": epoch, "state": copy.deepcopy(model.state_dict())}
            bad = 0
        else:
            bad += 1
        epoch_sec = time.perf_counter() - t0
        print(f"  epoch {epoch:>2}: train_nll={train_nll:.6f}  val_nll={val_nll:.6f}"
              f"  lr={lr_now:.2e}  (best@{best['epoch']}, bad={bad})"
              f"  [{train_sec:.1f}s train, {epoch_sec:.1f}s epoch, {len(order) / train_sec:,.0f} rows/s]"
              f"{'  *' if improved else ''}")
        truth.add(at=epoch, train_nll=train_nll, val_nll=val_nll)
        truth.allow(lr=lr_now)
        if bad >= patience:
            print(f"  early stopping (no val improvement for {patience} evals)")
            break
    model.load_state_dict(best["state"])
    test_nll, val_best = nll(test), nll(val)
    print(f"\nbest epoch {best['epoch']}  val_nll={best['val_nll']:.6f}  test_nll={test_nll:.6f}")
    truth.add(test_nll=test_nll)
    truth.allow(val_nll=best["val_nll"])
    print(f"wrote models/nn/{variant}/k{k}_d{depth}_do{dropout:g}_wd{wd:g}_smoke/metrics.json")
    truth.write("the script's weighted NLLs per epoch and on the test split",
                libraries=("torch", "numpy"),
                params={"variant": variant, "window k": k, "depth": depth, "dropout": dropout,
                        "wd": wd, "amp": False, "smoke": True},
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"felipenll": run}, root=HELDOUT46)
