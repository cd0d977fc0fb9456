"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written autoencoder loop printing as victoriakun/ecg-autoencoder ``train.py``: data lines
(``Loaded dataset: (n, L)``, ``  Normal: ..., Anomaly: ...``, ``Train: ... (normal only)``,
``Val: ...``, ``Test: ... (mixed - for evaluation)``), ``Using device: cpu``, ``Model: dense,
Parameters: ...``, per epoch ``f"Epoch {epoch:3d}/{epochs} | Train: {train_loss:.6f} | Val:
{val_loss:.6f} | LR: {current_lr:.2e}"``, ``  -> Saved best model (val_loss: ...)`` on an
improvement, ``Early stopping at epoch N`` after ``PATIENCE`` epochs without one, and
``\\nFinal test loss: ...``. Here: synthetic heartbeat windows (a few Gaussian bumps with
noise; anomalies with a shifted, widened bump) for the MIT-BIH windows, a dense autoencoder,
AdamW with ReduceLROnPlateau, 40 epochs at most, patience 4, minimum improvement 1e-5.

Truth: ``Train`` and ``Val`` (phase words alone) at the printed epoch; ``Final test loss`` without
a step. Optional: the ``Saved best model`` repeat of the validation loss. Sizes, counts and the
learning rate are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(12)
    n, L = 900, 48
    t = np.linspace(0, 1, L)
    labels = (rng.random(n) < 0.15).astype(int)
    data = np.zeros((n, L), dtype="float32")
    for i in range(n):
        c, w = (0.5, 0.03) if labels[i] == 0 else (0.5 + rng.uniform(-0.15, 0.15), 0.08)
        data[i] = (np.exp(-((t - c) / w) ** 2) - 0.2 * np.exp(-((t - c + 0.1) / 0.05) ** 2)
                   + 0.3 * np.exp(-((t - c - 0.25) / 0.06) ** 2) + rng.normal(0, 0.03, L))
    print(f"Loaded dataset: {data.shape}")
    print(f"  Normal: {(labels == 0).sum()}, Anomaly: {(labels == 1).sum()}")
    tr_end, va_end = int(0.7 * n), int(0.85 * n)
    train = torch.tensor(data[:tr_end][labels[:tr_end] == 0])
    val = torch.tensor(data[tr_end:va_end][labels[tr_end:va_end] == 0])
    test = torch.tensor(data[va_end:])
    print(f"Train: {len(train)} (normal only)")
    print(f"Val: {len(val)} (normal only)")
    print(f"Test: {len(test)} (mixed - for evaluation)")
    print("Using device: cpu")
    torch.manual_seed(12)
    model = nn.Sequential(nn.Linear(L, 24), nn.ReLU(), nn.Linear(24, 6), nn.ReLU(),
                          nn.Linear(6, 24), nn.ReLU(), nn.Linear(24, L))
    print(f"Model: dense, Parameters: {sum(p.numel() for p in model.parameters()):,}")
    crit = nn.MSELoss()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-5)
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=2)
    truth = Truth()

    def evaluate(x):
        with torch.no_grad():
            return sum(crit(model(b), b).item() * len(b) for b in x.split(64)) / len(x)

    best, patience_counter, best_state, epochs = float("inf"), 0, None, 40
    g = torch.Generator().manual_seed(12)
    for epoch in range(1, epochs + 1):
        total = 0.0
        for j in torch.randperm(len(train), generator=g).split(32):
            b = train[j]
            opt.zero_grad()
            loss = crit(model(b), b)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            opt.step()
            total += loss.item() * len(b)
        train_loss, val_loss = total / len(train), evaluate(val)
        sched.step(val_loss)
        lr = opt.param_groups[0]["lr"]
        print(f"Epoch {epoch:3d}/{epochs} | Train: {train_loss:.6f} | Val: {val_loss:.6f} | LR: {lr:.2e}")
        truth.add(at=epoch, Train=train_loss, Val=val_loss)
        if val_loss < best - 1e-5:
            best, patience_counter = val_loss, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
            print(f"  -> Saved best model (val_loss: {val_loss:.6f})")
            truth.allow(**{"Saved best model": val_loss})
        else:
            patience_counter += 1
            if patience_counter >= 4:
                print(f"Early stopping at epoch {epoch}")
                break
    model.load_state_dict(best_state)
    test_loss = evaluate(test)
    print(f"\nFinal test loss: {test_loss:.6f}")
    truth.add(**{"Final test loss": test_loss})
    truth.write("the script's epoch and test losses", libraries=("torch",), rel=1e-3, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"ecgae": run}, root=HELDOUT47)
