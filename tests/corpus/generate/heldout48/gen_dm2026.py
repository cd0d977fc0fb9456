"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written cross-validated MLP printing as Lappykentang/DM2026-Assignment-3 ``train_mlp.py``:
``Device: cpu``, ``Bagging seeds: [7, 13, 42]``, ``Loading data ...``, ``features: 24  X_train
(360, 24)``, for each seed ``=== MLP CV (seed=7) ===`` (after an empty line), ``  fold 1:
macro-F1=0.6123`` per fold and ``  seed=7 OOF F1: 0.6012``, then ``MLP bagged (3 seeds) OOF
macro-F1 = 0.6100``, ``Saved outputs/submissions/submission_mlp.csv``, ``Saved
cache/mlp_oof.npz`` (nothing is written here) and ``=== Per-class report on OOF ===`` with
scikit-learn's ``classification_report(..., digits=4)``. Here: 24 synthetic features of 3
classes from 30 "users" (GroupKFold by user), the original's BatchNorm/Dropout MLP, AdamW with
cosine annealing, label smoothing, early stopping on the fold's macro F1 (patience 5, at most 30
epochs).

Truth: ``macro-F1`` of each fold and ``OOF F1`` of each seed (under the seed headers; the
``seed=7`` that opens the line names no phase and does not enter the name), ``MLP bagged (3
seeds) OOF macro-F1`` and the report's cells as ``<row>/<column>``, all at no step (the fold
number restarts for every seed); the report's ``support`` counts are optional.
"""

from _toy import blobs, report_truth
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import classification_report, f1_score
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler
    from torch.utils.data import DataLoader, TensorDataset

    N_CLASSES = 3

    class MLP(nn.Module):
        def __init__(self, in_dim, hidden=64, n_classes=N_CLASSES, dropout=0.3):
            super().__init__()
            self.net = nn.Sequential(
                nn.Linear(in_dim, hidden), nn.BatchNorm1d(hidden), nn.ReLU(inplace=True),
                nn.Dropout(dropout), nn.Linear(hidden, hidden // 2), nn.BatchNorm1d(hidden // 2),
                nn.ReLU(inplace=True), nn.Dropout(dropout), nn.Linear(hidden // 2, n_classes))

        def forward(self, x):
            return self.net(x)

    def set_seed(seed):
        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)

    def train_one_fold(train_x, train_y, valid_x, valid_y, seed, epochs=30, patience=5):
        set_seed(seed)
        sc = StandardScaler().fit(train_x)
        tx = torch.tensor(sc.transform(train_x).astype(np.float32))
        vx = torch.tensor(sc.transform(valid_x).astype(np.float32))
        train_loader = DataLoader(TensorDataset(tx, torch.tensor(train_y)), batch_size=64,
                                  shuffle=True, drop_last=True)
        model = MLP(train_x.shape[1])
        crit = nn.CrossEntropyLoss(label_smoothing=0.05)
        optim = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(optim, T_max=epochs)
        best_f1, best_state, no_imp = -1.0, None, 0
        for ep in range(1, epochs + 1):
            model.train()
            for xb, yb in train_loader:
                optim.zero_grad()
                crit(model(xb), yb).backward()
                optim.step()
            sched.step()
            model.eval()
            with torch.no_grad():
                val_pred = model(vx).argmax(1).numpy()
            f1 = f1_score(valid_y, val_pred, average="macro")
            if f1 > best_f1:
                best_f1, best_state, no_imp = f1, {k: v.clone() for k, v in model.state_dict().items()}, 0
            else:
                no_imp += 1
            if no_imp >= patience:
                break
        model.load_state_dict(best_state)
        model.eval()
        return model, sc, best_f1

    def predict_proba(model, sc, x):
        with torch.no_grad():
            return torch.softmax(model(torch.tensor(sc.transform(x).astype(np.float32))), 1).numpy()

    seeds = [7, 13, 42]
    print(f"Device: cpu")
    print(f"Bagging seeds: {seeds}")
    print("Loading data ...")
    train_x, train_y = blobs(n=360, n_features=24, n_classes=3, seed=2026, sep=0.35)
    train_groups = np.arange(360) % 30
    print(f"features: {train_x.shape[1]}  X_train {train_x.shape}")
    truth = Truth()
    oof_seeds = []
    for s in seeds:
        print(f"\n=== MLP CV (seed={s}) ===")
        oof_s = np.zeros((len(train_y), N_CLASSES), dtype=np.float32)
        for k, (tr_idx, va_idx) in enumerate(GroupKFold(n_splits=5).split(train_x, train_y, train_groups)):
            model, sc, f1 = train_one_fold(train_x[tr_idx], train_y[tr_idx], train_x[va_idx],
                                           train_y[va_idx], seed=s)
            oof_s[va_idx] = predict_proba(model, sc, train_x[va_idx])
            print(f"  fold {k+1}: macro-F1={f1:.4f}")
            truth.add(**{"macro-F1": f1})
        oof_seeds.append(oof_s)
        oof_f1 = f1_score(train_y, oof_s.argmax(1), average='macro')
        print(f"  seed={s} OOF F1: {oof_f1:.4f}")
        truth.add(**{"OOF F1": oof_f1})
    oof_proba = np.mean(oof_seeds, axis=0).astype(np.float32)
    f1_bag = f1_score(train_y, oof_proba.argmax(1), average="macro")
    print(f"\nMLP bagged ({len(seeds)} seeds) OOF macro-F1 = {f1_bag:.4f}")
    truth.add(**{f"MLP bagged ({len(seeds)} seeds) OOF macro-F1": f1_bag})
    print("Saved outputs/submissions/submission_mlp.csv")
    print("Saved cache/mlp_oof.npz")
    print("\n=== Per-class report on OOF ===")
    print(classification_report(train_y, oof_proba.argmax(axis=1), digits=4))
    report_truth(truth, train_y, oof_proba.argmax(axis=1))
    truth.write("the folds' best macro F1, the out-of-fold F1 and scikit-learn's report",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dm2026": run}, root=HELDOUT48)
