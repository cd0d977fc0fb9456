"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A multi-target regressor printing as guorunhuang/Projects
``ComputerVision_CS5330_25Fall/Project-final/ResNet-v2.py``: each epoch a blank line and
``Epoch {epoch}/{NUM_EPOCHS}``, ``Train Loss: {:.6f}, Val Loss: {:.6f}``, one line per target
``Target: {tname} - Train R^2: {:.4f} - Val R^2: {:.4f}`` (five biomass targets) and ``Saved
best_model.pth`` when the validation loss fell; then ``Training completed.``, ``Loaded
best_model.pth``, ``Train takes: ... seconds``, the prediction's ``Prediction completed! Saved
as submission.csv``, ``print(submission.head())`` (a DataFrame of sample ids and predictions)
and ``Total process takes: ... seconds``. Here: an MLP on synthetic features with five
correlated targets (no images, nothing saved), Adam, 4 epochs.

Truth: ``train/Loss`` and ``val/Loss`` (``Train Loss``, ``Val Loss``), and per target
``<target>/Train R^2`` and ``<target>/Val R^2`` (a row label, then the column as printed), all
at the printed epoch. The predictions in the DataFrame and the timings are in neither map.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import time

    import numpy as np
    import pandas as pd
    import torch
    import torch.nn as nn
    from sklearn.metrics import r2_score

    TARGET_NAMES = ["Dry_Green_g", "Dry_Dead_g", "Dry_Clover_g", "GDM_g", "Dry_Total_g"]
    NUM_EPOCHS, BATCH_SIZE = 4, 32
    start_time = time.time()
    rng = np.random.default_rng(42)
    X = rng.normal(size=(400, 12)).astype(np.float32)
    W = rng.normal(size=(12, 3))
    base = X @ W
    Y = np.stack([base[:, 0], base[:, 1], 0.5 * base[:, 2], base[:, 0] + 0.5 * base[:, 2],
                  base.sum(1)], 1) + rng.normal(scale=0.8, size=(400, 5))
    Y = Y.astype(np.float32)
    torch.manual_seed(42)
    idx = torch.randperm(400)
    tr, va = idx[:360], idx[360:]
    model = nn.Sequential(nn.Linear(12, 64), nn.ReLU(), nn.Dropout(0.3), nn.Linear(64, 5))
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3, weight_decay=1e-5)
    Xt, Yt = torch.tensor(X), torch.tensor(Y)
    truth = Truth()
    best_val_loss = float("inf")
    best_state = None
    for epoch in range(1, NUM_EPOCHS + 1):
        model.train()
        train_losses, train_preds, train_targets = [], [], []
        perm = tr[torch.randperm(len(tr))]
        for i in range(0, len(perm), BATCH_SIZE):
            j = perm[i:i + BATCH_SIZE]
            preds = model(Xt[j])
            loss = criterion(preds, Yt[j])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_losses.append(loss.item())
            train_preds.append(preds.detach().numpy())
            train_targets.append(Yt[j].numpy())
        train_preds, train_targets = np.vstack(train_preds), np.vstack(train_targets)
        train_r2 = {t: r2_score(train_targets[:, i], train_preds[:, i])
                    for i, t in enumerate(TARGET_NAMES)}
        model.eval()
        with torch.no_grad():
            val_losses, val_preds = [], []
            for i in range(0, len(va), BATCH_SIZE):
                j = va[i:i + BATCH_SIZE]
                preds = model(Xt[j])
                val_losses.append(criterion(preds, Yt[j]).item())
                val_preds.append(preds.numpy())
        val_preds, val_targets = np.vstack(val_preds), Y[va.numpy()]
        val_r2 = {t: r2_score(val_targets[:, i], val_preds[:, i])
                  for i, t in enumerate(TARGET_NAMES)}
        train_loss = float(np.mean(train_losses))
        val_loss = float(np.mean(val_losses))
        print(f"\nEpoch {epoch}/{NUM_EPOCHS}")
        print(f"Train Loss: {train_loss:.6f}, Val Loss: {val_loss:.6f}")
        truth.add(at=epoch, **{"train/Loss": train_loss, "val/Loss": val_loss})
        for tname in TARGET_NAMES:
            print(f"Target: {tname} - Train R^2: {train_r2[tname]:.4f} - Val R^2: {val_r2[tname]:.4f}")
            truth.add(at=epoch, **{f"{tname}/Train R^2": train_r2[tname],
                                   f"{tname}/Val R^2": val_r2[tname]})
        if val_loss < best_val_loss:
            best_val_loss = val_loss
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
            print("Saved best_model.pth")
    print("Training completed.")
    model.load_state_dict(best_state)
    print("Loaded best_model.pth")
    train_end = time.time()
    print(f"\nTrain takes: {train_end - start_time:.2f} seconds")
    X_test = rng.normal(size=(4, 12)).astype(np.float32)
    with torch.no_grad():
        P = model(torch.tensor(X_test)).numpy()
    rows = [(f"ID{1000 + i}__{t}", float(P[i, k])) for i in range(4)
            for k, t in enumerate(TARGET_NAMES)]
    submission = pd.DataFrame({"sample_id": [r[0] for r in rows], "target": [r[1] for r in rows]})
    print("\nPrediction completed! Saved as submission.csv")
    print(submission.head())
    end_time = time.time()
    print(f"\nTotal process takes: {end_time - start_time:.2f} seconds")
    truth.write("the script's epoch losses and R^2 scores", libraries=("torch", "scikit-learn"),
                rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"guorunr2": run}, root=HELDOUT60)
