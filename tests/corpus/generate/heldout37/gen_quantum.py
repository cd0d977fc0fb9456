"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The closing report of RamsaiNimmakuru/QuantumTamperingDetection ``Model.py``: the configuration
is read from YAML (``cfg['lr'] = float(cfg['lr'])``), ``results = fit(cfg)``, then
``print("\\n📊 FINAL METRICS")`` and ``for k,v in results.items(): print(f"{k}: {v:.4f}")``. The
original's ``fit`` is in a file not stored; here ``fit`` is our loop: it prints ``Epoch 1/6 -
train_loss: 0.6931 - val_loss: 0.6870`` per epoch (our own line, kept so the run shows progress)
and returns the final ``train_loss``, ``val_loss``, ``val_acc``, ``val_f1`` and ``val_auc`` of a
logistic-regression "tamper detector" on synthetic features (NumPy, gradient descent).

Truth: ``train_loss`` and ``val_loss`` per epoch at the printed epoch (both from the epoch lines);
the closing block's ``train_loss``, ``val_loss``, ``val_acc``, ``val_f1``, ``val_auc`` (the first
two repeat the last epoch's values: printed again in another block, listed again, with no step).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(16)
    n, d = 600, 12
    X = rng.normal(size=(n, d))
    w_true = rng.normal(size=d)
    y = (X @ w_true + rng.normal(0, 2.0, n) > 0).astype(float)
    Xtr, ytr, Xva, yva = X[:450], y[:450], X[450:], y[450:]
    cfg = {"lr": float("5e-2"), "epochs": 6}
    truth = Truth()

    def bce(p, t):
        return float(-np.mean(t * np.log(p + 1e-12) + (1 - t) * np.log(1 - p + 1e-12)))

    def fit(cfg):
        w = np.zeros(d)
        for epoch in range(cfg["epochs"]):
            for _ in range(10):
                p = 1 / (1 + np.exp(-Xtr @ w))
                w -= cfg["lr"] * Xtr.T @ (p - ytr) / len(ytr)
            ptr = 1 / (1 + np.exp(-Xtr @ w))
            pva = 1 / (1 + np.exp(-Xva @ w))
            tl, vl = bce(ptr, ytr), bce(pva, yva)
            print(f"Epoch {epoch + 1}/{cfg['epochs']} - train_loss: {tl:.4f} - val_loss: {vl:.4f}")
            truth.add(at=epoch + 1, train_loss=tl, val_loss=vl)
        pred = (pva > 0.5).astype(float)
        tp = np.sum((pred == 1) & (yva == 1))
        f1 = 2 * tp / (2 * tp + np.sum((pred == 1) & (yva == 0)) + np.sum((pred == 0) & (yva == 1)))
        order = np.argsort(pva)
        ranks = np.empty(len(pva))
        ranks[order] = np.arange(1, len(pva) + 1)
        npos = yva.sum()
        auc = (ranks[yva == 1].sum() - npos * (npos + 1) / 2) / (npos * (len(yva) - npos))
        return {"train_loss": tl, "val_loss": vl, "val_acc": float(np.mean(pred == yva)),
                "val_f1": float(f1), "val_auc": float(auc)}

    results = fit(cfg)
    print("\n📊 FINAL METRICS")
    for k, v in results.items():
        print(f"{k}: {v:.4f}")
    truth.add(**results)
    truth.write("the script's epoch losses and the final metrics dict", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"quantum": run}, root=HELDOUT37)
