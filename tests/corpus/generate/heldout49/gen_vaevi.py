"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A VAE loop printing as tnat8628/NIDS-VAE ``scripts/train.py``: Vietnamese section headers
(``=== Bước 1: Tải dữ liệu ===`` ...), data and architecture lines, then per epoch
``f"Epoch {epoch:03d}/{epochs} | Beta={beta:.4f} | Train Loss={loss:.6f} (recon={recon:.6f},
kl={kl:.6f}) | Val Loss={loss:.6f} (recon={recon:.6f}, kl={kl:.6f}) | Time={elapsed:.1f}s"`` with KL
annealing (beta rising linearly over the warm-up epochs), followed by an early-stopping note: in the
warm-up ``  → [Warmup] Checkpoint lưu (val_recon=...)`` or ``  → [Warmup] beta=..., val_recon=...``, on
the first epoch after it ``  → [Post-Warmup] Bắt đầu monitor total val_loss=...``, later ``  → Model tốt
nhất được lưu (val_loss=...)`` or ``  → Không cải thiện k/p``, and ``Early stopping kích hoạt sau N
epoch.``; at the end ``Tải model tốt nhất từ epoch N...``, ``Val Loss cuối cùng: x (recon=..., kl=...)``,
artifact lines and a summary (``Best epoch    : N``, ``Best val loss : x``). Here: a 64-32-16-(mu,
logvar)[4] VAE with MSE reconstruction on sklearn's digits (64 features for the original's 66
traffic features), Adam, warm-up 3 epochs, patience 2, at most 8 epochs, batches of 128.

Truth: ``Train Loss`` and ``Val Loss`` at the printed epoch; the two ``recon`` and the two ``kl`` values
of each epoch line (train, then validation) under those bare names at the same epoch; ``Val Loss
cuối cùng`` with its ``recon`` and ``kl`` without a step. Optional: ``Beta``, the notes' repeats
(``val_recon``, ``val_loss``, ``beta``), ``Best val loss`` and the counts (``Số tham số``,
``Train batches``, ``Val batches``, ``Best epoch``).
"""

from _toy import batches, digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    print("Random seed: 42")
    print("Sử dụng CPU")
    print("\n=== Bước 1: Tải dữ liệu ===")
    print("Đang tải dữ liệu huấn luyện...")
    Xtr, ytr, Xva, yva, _, _ = digits(seed=79)
    print(f"  X_train : {tuple(Xtr.shape)}")
    print(f"  X_val   : {tuple(Xva.shape)}")
    print("Kiểm tra dữ liệu: OK (không có NaN/Inf, đúng số feature)")
    print("\n=== Bước 2: Tạo DataLoader ===")
    print(f"  Train batches : {(len(Xtr) + 127) // 128}")
    print(f"  Val batches   : {(len(Xva) + 127) // 128}")

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 16), nn.ReLU())
            self.mu, self.logvar = nn.Linear(16, 4), nn.Linear(16, 4)
            self.dec = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 64))

        def forward(self, x):
            h = self.enc(x)
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
            return self.dec(z), mu, logvar

    print("\n=== Bước 3: Khởi tạo VAE ===")
    torch.manual_seed(42)
    model = VAE()
    n_params = sum(p.numel() for p in model.parameters())
    print(f"  Kiến trúc   : 64 → [32, 16] → (mu,logvar)[4]")
    print(f"  Số tham số  : {n_params:,}")
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-5)
    truth = Truth()
    truth.allow(**{"Số tham số": n_params})

    def vae_loss(x, x_hat, mu, logvar, beta):
        recon = F.mse_loss(x_hat, x)
        kl = -0.5 * torch.mean(torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), 1))
        return recon + beta * kl, recon, kl

    def pass_(X, y, beta, train, seed):
        model.train(train)
        tot = rec = kls = n = 0
        for x, _ in batches(X, y, 128, seed):
            with torch.set_grad_enabled(train):
                loss, recon, kl = vae_loss(x, *model(x), beta)
            if train:
                optimizer.zero_grad(); loss.backward()
                nn.utils.clip_grad_norm_(model.parameters(), 5.0); optimizer.step()
            tot += loss.item(); rec += recon.item(); kls += kl.item(); n += 1
        return {"loss": tot / n, "recon": rec / n, "kl": kls / n}

    print("\n=== Bước 5: Huấn luyện ===")
    epochs, warmup, patience = 8, 3, 2
    best_loss, best_epoch, no_improve = float("inf"), 0, 0
    for epoch in range(1, epochs + 1):
        t0 = time.time()
        beta = min(epoch / warmup, 1.0)
        tm = pass_(Xtr, ytr, beta, True, epoch)
        vm = pass_(Xva, yva, beta, False, 0)
        print(f"Epoch {epoch:03d}/{epochs} | Beta={beta:.4f} | "
              f"Train Loss={tm['loss']:.6f} (recon={tm['recon']:.6f}, kl={tm['kl']:.6f}) | "
              f"Val Loss={vm['loss']:.6f} (recon={vm['recon']:.6f}, kl={vm['kl']:.6f}) | "
              f"Time={time.time() - t0:.1f}s")
        truth.add(at=epoch, **{"Train Loss": tm['loss'], "Val Loss": vm['loss']})
        truth.add(at=epoch, recon=tm['recon'], kl=tm['kl'])
        truth.add(at=epoch, recon=vm['recon'], kl=vm['kl'])
        truth.allow(Beta=beta)
        stop = False
        if epoch == warmup + 1:
            best_loss, best_epoch, no_improve = vm['loss'], epoch, 0
            print(f"  → [Post-Warmup] Bắt đầu monitor total val_loss={vm['loss']:.6f}")
            truth.allow(val_loss=vm['loss'])
        elif epoch <= warmup:
            if vm['recon'] < best_loss:
                best_loss, best_epoch, no_improve = vm['recon'], epoch, 0
                print(f"  → [Warmup] Checkpoint lưu (val_recon={vm['recon']:.6f})")
            else:
                print(f"  → [Warmup] beta={beta:.4f}, val_recon={vm['recon']:.6f}")
                truth.allow(beta=beta)
            truth.allow(val_recon=vm['recon'])
        else:
            if vm['loss'] < best_loss:
                best_loss, best_epoch, no_improve = vm['loss'], epoch, 0
                print(f"  → Model tốt nhất được lưu (val_loss={vm['loss']:.6f})")
                truth.allow(val_loss=vm['loss'])
            else:
                no_improve += 1
                print(f"  → Không cải thiện {no_improve}/{patience}")
                stop = no_improve >= patience
        if stop:
            print(f"\nEarly stopping kích hoạt sau {epoch} epoch.")
            break
    print(f"\nTải model tốt nhất từ epoch {best_epoch}...")
    fv = pass_(Xva, yva, 1.0, False, 0)
    print(f"Val Loss cuối cùng: {fv['loss']:.6f} (recon={fv['recon']:.6f}, kl={fv['kl']:.6f})")
    truth.add(**{"Val Loss cuối cùng": fv['loss'], "recon": fv['recon'], "kl": fv['kl']})
    print("\n=== Bước 7: Lưu artifacts ===")
    for name in ("model config", "training history", "training summary"):
        print(f"Đã lưu {name}: artifacts/models/{name.replace(' ', '_')}.json")
    print(f"\n=== Huấn luyện hoàn tất ===")
    print(f"Thời gian tổng: 0.5s (0.0 phút)")
    print(f"Best epoch    : {best_epoch}")
    print(f"Best val loss : {best_loss:.6f}")
    print(f"Checkpoint    : artifacts/models/vae_best.pth")
    truth.allow(**{"Best val loss": best_loss, "Best epoch": best_epoch,
                   "Train batches": (len(Xtr) + 127) // 128, "Val batches": (len(Xva) + 127) // 128})
    truth.write("the script's epoch means and final evaluation", libraries=("torch",), rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"vaevi": run}, root=HELDOUT49)
