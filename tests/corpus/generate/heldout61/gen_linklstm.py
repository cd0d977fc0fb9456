"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A per-link LSTM with cross-link attention printing as 1Huy2409/network-traffic-prediction
``train_lstm.py``: a ``=====`` banner, ``Device: cpu``, ``Loading preprocessed data...`` and a
``Shapes:`` block (array shapes, the feature list, the target, the first link names), ``Model
dims: F=.. | L=.. | T=.. | D=.. | batch=..``, ``Params: total=12,345 | trainable=12,345`` (with
thousands separators), ``Starting training for 300 epochs on cpu | AMP=False``, a tqdm bar
``Training`` per epoch (``leave=False``: drawn, then erased), and on the first epoch, every
10th and every improvement ``f"[{ep:03d}] train={tr:.6f} | val={va:.6f} | best={best_val:.6f}
| bad={bad:02d} | lr={lr:.2e}{flag}"`` with `` (best)`` appended on improvements; then ``Early
stopping at epoch N``, ``Training finished. Best model restored.``, ``Evaluating on TEST ...``
with a ``Predicting`` bar, ``Test (scaled): MSE=.. | RMSE=.. | MAE=.. | R2=..``, ``(Skip real
metrics: no scaler for 'utilization')`` and a ``Saved:`` list. Here: synthetic utilisation
series for 3 links with 2 features each, 12 steps, a one-layer LSTM (hidden 16) and one
attention layer, AdamW with ReduceLROnPlateau, at most 35 epochs, patience 8.

Truth: ``train`` and ``val`` (the epoch's mean MSEs, named so on the line) at the printed
epoch ``[NNN]``; ``best`` (a best-so-far) and ``lr`` (the schedule) optional; ``bad`` is a count,
in neither. ``test/MSE``, ``test/RMSE``, ``test/MAE``, ``test/R2``. ``Params`` total and
trainable are parameter counts: optional. ``Model dims`` is the params.
"""

from _toy import batches
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
    from tqdm import tqdm

    torch.manual_seed(41)
    rng = np.random.default_rng(41)
    L, F, T = 3, 2, 12
    n = 700
    t = np.arange(n + T + 1)[:, None] / 8.0
    util = 0.5 + 0.3 * np.sin(t + np.arange(L)) + 0.05 * rng.standard_normal((len(t), L))
    other = 0.5 + 0.2 * np.cos(0.5 * t + np.arange(L)) + 0.05 * rng.standard_normal((len(t), L))
    series = np.stack([util, other], axis=2).reshape(len(t), L * F)
    X = np.stack([series[i:i + T] for i in range(n)]).astype(np.float32)
    y = util[T:T + n].astype(np.float32)
    X_train, y_train = X[:500], y[:500]
    X_val, y_val = X[500:600], y[500:600]
    X_test, y_test = X[600:], y[600:]
    model_features = ["utilization", "packet_rate"]
    link_names = ["LINK_A_B", "LINK_B_C", "LINK_C_A"]
    truth = Truth()

    print("===== LSTM (Per-Link + Cross-Link Attention) =====")
    device = torch.device('cpu')
    print(f"Device: {device}")
    print("Loading preprocessed data...")
    print("Shapes:")
    print(f"  X_train: {X_train.shape} | y_train: {y_train.shape}")
    print(f"  X_val  : {X_val.shape}   | y_val  : {y_val.shape}")
    print(f"  X_test : {X_test.shape}  | y_test : {y_test.shape}")
    print(f"  features({len(model_features)}): {model_features}")
    print(f"  target_feature: utilization")
    print(f"  links({len(link_names)}): first 5 -> {link_names[:5]}")
    D = X_train.shape[-1]
    batch_size = 64
    print(f"Model dims: F={F} | L={L} | T={T} | D={D} | batch={batch_size}")

    class LSTMModel(nn.Module):
        def __init__(self, H=16):
            super().__init__()
            self.H = H
            self.lstm = nn.LSTM(input_size=F, hidden_size=H, batch_first=True)
            self.encoder = nn.TransformerEncoder(
                nn.TransformerEncoderLayer(d_model=H, nhead=2, dim_feedforward=2 * H, dropout=0.0,
                                           activation='gelu', batch_first=True, norm_first=True),
                num_layers=1, enable_nested_tensor=False)
            self.head = nn.Sequential(nn.LayerNorm(H), nn.Linear(H, H // 2), nn.GELU(),
                                      nn.Linear(H // 2, 1))

        def forward(self, x):
            B = x.shape[0]
            x = x.view(B, T, L, F).permute(0, 2, 1, 3).contiguous().view(B * L, T, F)
            out, _ = self.lstm(x)
            h = self.encoder(out[:, -1, :].view(B, L, self.H))
            return self.head(h).squeeze(-1)

    model = LSTMModel()
    total_params = sum(p.numel() for p in model.parameters())
    trainable_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"Params: total={total_params:,} | trainable={trainable_params:,}")
    truth.allow(total=total_params, trainable=trainable_params)

    Xtr, ytr = torch.from_numpy(X_train), torch.from_numpy(y_train)
    Xva, yva = torch.from_numpy(X_val), torch.from_numpy(y_val)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=1e-4)
    criterion = nn.MSELoss()
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='min', patience=3, factor=0.5)
    epochs, patience = 35, 8
    best_val, bad, best_state = float('inf'), 0, None
    print(f"Starting training for {300} epochs on {device} | AMP={False}")
    for ep in range(1, epochs + 1):
        model.train()
        total, nb = 0.0, 0
        for xb, yb in tqdm(list(batches(Xtr, ytr, batch_size, ep)), desc="Training", leave=False):
            optimizer.zero_grad(set_to_none=True)
            loss = criterion(model(xb), yb)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            optimizer.step()
            total, nb = total + loss.item(), nb + 1
        tr = total / nb
        model.eval()
        with torch.no_grad():
            vals = [criterion(model(xb), yb).item() for xb, yb in batches(Xva, yva, batch_size, 0)]
        va = sum(vals) / len(vals)
        scheduler.step(va)
        if va < best_val - 1e-7:
            best_val, bad = va, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
            flag = " (best)"
        else:
            bad += 1
            flag = ""
        if ep == 1 or ep % 10 == 0 or flag:
            lr = optimizer.param_groups[0]['lr']
            print(f"[{ep:03d}] train={tr:.6f} | val={va:.6f} | best={best_val:.6f} | bad={bad:02d} "
                  f"| lr={lr:.2e}{flag}")
            truth.add(at=ep, train=tr, val=va)
            truth.allow(best=best_val, lr=lr)
        if bad >= patience:
            print(f"Early stopping at epoch {ep}")
            break
    model.load_state_dict(best_state)
    print("Training finished. Best model restored.")

    print("\nEvaluating on TEST ...")
    model.eval()
    preds, trues = [], []
    with torch.no_grad():
        for i in tqdm(range(0, len(X_test), batch_size), desc="Predicting"):
            preds.append(model(torch.from_numpy(X_test[i:i + batch_size])).numpy())
            trues.append(y_test[i:i + batch_size])
    y_pred, y_true = np.vstack(preds), np.vstack(trues)
    mse = mean_squared_error(y_true, y_pred)
    rmse = float(np.sqrt(mse))
    mae = mean_absolute_error(y_true, y_pred)
    r2 = r2_score(y_true, y_pred)
    print("\nTest (scaled): "
          f"MSE={mse:.6f} | RMSE={rmse:.6f} | "
          f"MAE={mae:.6f} | R2={r2:.6f}")
    truth.add(**{"test/MSE": mse, "test/RMSE": rmse, "test/MAE": mae, "test/R2": r2})
    print("(Skip real metrics: no scaler for 'utilization')")
    print("\nSaved:")
    print("  models/best_lstm_model.pth, models/last_checkpoint.pth")
    print("  results/lstm_results.json, y_true|y_pred.(npy|csv)")
    print("  results/training_curves.png, lstm_results.png, lstm_scatter.png")
    truth.write("the trainer's epoch losses and the test metrics", libraries=("torch", "tqdm",
                "scikit-learn"), params={"F": F, "L": L, "T": T, "D": D, "batch": batch_size},
                rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"linklstm": run}, root=HELDOUT61)
