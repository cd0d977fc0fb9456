"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 010-a/three_label_convlstm ``train.py``: a printed
configuration block (the original's ``cfg.print_config()``, ours with its keys), set-up lines
in Chinese (``设备: cpu``, ``加载数据...``, ``训练批次: 12, 验证批次: 4``, ``模型参数量: 0.01M``,
``开始训练...``) and a 70-``=`` rule; per epoch a tqdm bar ``Training`` (``leave=False``: cleared
when done) with the postfix ``loss=0.4321, seg=0.3210, temp=0.0123``; every 2nd epoch a block
``\\nEpoch 2/8 (0.3s)``, ``  Train Loss: 0.4321 (seg=0.3210, temp=0.0123, recon=0.0456)``,
``  Val Loss:   ...`` likewise, ``  Val IoU: 0.5432 ± 0.1234``, ``  Val Consistency: 0.8765 ±
0.0321``, ``  LR: 0.000950``, and when a best is reached ``  -> 保存最佳IoU模型 (IoU=0.5432)`` /
``  -> 保存最佳Consistency模型 (Cons=0.8765)``; at the end ``训练完成! 总时间: 0.1 分钟``,
``最佳IoU: ...``, ``最佳Consistency: ...``, ``生成可视化...`` and the results folder. Here: a
per-frame conv encoder with a GRU over time and a mask head plus a reconstruction head,
segmenting a blob moving across 8x8 frames (4 frames a sequence; losses: BCE segmentation,
temporal consistency of consecutive masks, reconstruction MSE), AdamW with cosine decay, 6
epochs, validation every 2nd (the original: ConvLSTM U-Net on mitochondria videos).

Truth: ``train/Loss``, ``train/seg``, ``train/temp``, ``train/recon``, ``val/Loss``,
``val/seg``, ``val/temp``, ``val/recon``, ``val/IoU``, ``val/Consistency`` at the epoch of the
block's ``Epoch n/N`` header. The ``±`` standard deviations are optional (under the same
names), as are ``LR``, the best-model lines' ``IoU``/``Cons`` and the closing bests; the
cleared bar's postfixes (``train/loss``, ``train/seg``, ``train/temp``: the description
``Training`` names the phase) are optional. The configuration block is params.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    cfg = {"exp_name": "convlstm_unet", "epochs": 6, "batch_size": 8, "lr": 0.01,
           "lr_min": 1e-05, "weight_decay": 0.0001, "val_interval": 2,
           "early_stop_patience": 6, "seg_loss_weight": 1.0, "temporal_loss_weight": 0.5,
           "recon_loss_weight": 0.2, "seed": 42}
    print("=" * 50)
    print("配置信息")
    print("=" * 50)
    for k, v in cfg.items():
        print(f"  {k}: {v}")
    print("=" * 50)
    rng = np.random.default_rng(42)
    torch.manual_seed(42)

    def make(n):
        frames = np.zeros((n, 4, 1, 8, 8), np.float32)
        for i in range(n):
            x, y, vx, vy = rng.uniform(1, 6), rng.uniform(1, 6), rng.uniform(-1, 1), rng.uniform(-1, 1)
            for t in range(4):
                cx, cy = np.clip(x + vx * t, 1, 6), np.clip(y + vy * t, 1, 6)
                yy, xx = np.mgrid[:8, :8]
                frames[i, t, 0] = ((xx - cx) ** 2 + (yy - cy) ** 2 < 3.0)
        masks = frames.copy()
        frames = frames + rng.normal(0, 0.35, frames.shape).astype(np.float32)
        return torch.tensor(frames), torch.tensor(masks)

    Xtr, Ytr = make(96)
    Xva, Yva = make(32)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Conv2d(1, 6, 3, padding=1)
            self.gru = nn.GRU(6, 6, batch_first=True)
            self.seg, self.rec = nn.Conv2d(12, 1, 3, padding=1), nn.Conv2d(12, 1, 3, padding=1)

        def forward(self, x):
            b, t = x.shape[:2]
            f = torch.relu(self.enc(x.flatten(0, 1))).view(b, t, 6, 8, 8)
            seq = f.permute(0, 3, 4, 1, 2).reshape(b * 64, t, 6)
            h, _ = self.gru(seq)
            h = h.view(b, 8, 8, t, 6).permute(0, 3, 4, 1, 2)
            z = torch.cat([f, h], 2).flatten(0, 1)
            return self.seg(z).view(b, t, 1, 8, 8), self.rec(z).view(b, t, 1, 8, 8)

    def criterion(outputs, labels, images):
        seg_logit, recon = outputs
        seg = F.binary_cross_entropy_with_logits(seg_logit, labels)
        p = torch.sigmoid(seg_logit)
        temporal = (p[:, 1:] - p[:, :-1]).pow(2).mean()
        rec = F.mse_loss(recon, images)
        total = cfg["seg_loss_weight"] * seg + cfg["temporal_loss_weight"] * temporal \
            + cfg["recon_loss_weight"] * rec
        return total, {"total": total.item(), "seg": seg.item(), "temporal": temporal.item(),
                       "recon": rec.item()}

    def loader(X, Y, seed):
        order = torch.randperm(len(X), generator=torch.Generator().manual_seed(seed))
        return [(X[order[i:i + 8]], Y[order[i:i + 8]]) for i in range(0, len(X), 8)]

    model = Net()
    truth = Truth()
    print("\n设备: cpu")
    print("\n加载数据...")
    print(f"训练批次: {len(Xtr) // 8}, 验证批次: {len(Xva) // 8}")
    print("\n创建模型...")
    print(f"模型参数量: {sum(p.numel() for p in model.parameters()) / 1e6:.2f}M")
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["lr"],
                                  weight_decay=cfg["weight_decay"])
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=cfg["epochs"],
                                                           eta_min=cfg["lr_min"])
    best_iou, best_consistency, without = 0, 0, 0
    print("\n开始训练...")
    print("=" * 70)
    start_time = time.time()
    for epoch in range(1, cfg["epochs"] + 1):
        epoch_start = time.time()
        model.train()
        sums, n = {"total": 0, "seg": 0, "temporal": 0, "recon": 0}, 0
        pbar = tqdm(loader(Xtr, Ytr, epoch), desc="Training", leave=False)
        for images, labels in pbar:
            outputs = model(images)
            loss, losses = criterion(outputs, labels, images)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            optimizer.step()
            for k in sums:
                sums[k] += losses[k]
            n += 1
            pbar.set_postfix({'loss': f"{losses['total']:.4f}", 'seg': f"{losses['seg']:.4f}",
                              'temp': f"{losses['temporal']:.4f}"})
            truth.allow(**{"train/loss": losses["total"], "train/seg": losses["seg"],
                           "train/temp": losses["temporal"]})
        tm = {k: v / n for k, v in sums.items()}
        scheduler.step()
        if epoch % cfg["val_interval"] == 0:
            model.eval()
            with torch.no_grad():
                vs, ious, cons = {"total": 0, "seg": 0, "temporal": 0, "recon": 0}, [], []
                batches = loader(Xva, Yva, 0)
                for images, labels in batches:
                    outputs = model(images)
                    _, losses = criterion(outputs, labels, images)
                    for k in vs:
                        vs[k] += losses[k] / len(batches)
                    pred = (torch.sigmoid(outputs[0]) > 0.5).float()
                    inter = (pred * labels).sum(dim=(1, 2, 3, 4))
                    union = ((pred + labels) > 0).float().sum(dim=(1, 2, 3, 4))
                    ious += (inter / union.clamp(min=1)).tolist()
                    same = (pred[:, 1:] == pred[:, :-1]).float().mean(dim=(1, 2, 3, 4))
                    cons += same.tolist()
            iou, iou_std = float(np.mean(ious)), float(np.std(ious))
            consistency, consistency_std = float(np.mean(cons)), float(np.std(cons))
            epoch_time = time.time() - epoch_start
            lr = optimizer.param_groups[0]['lr']
            print(f"\nEpoch {epoch}/{cfg['epochs']} ({epoch_time:.1f}s)")
            print(f"  Train Loss: {tm['total']:.4f} "
                  f"(seg={tm['seg']:.4f}, temp={tm['temporal']:.4f}, recon={tm['recon']:.4f})")
            print(f"  Val Loss:   {vs['total']:.4f} "
                  f"(seg={vs['seg']:.4f}, temp={vs['temporal']:.4f}, recon={vs['recon']:.4f})")
            print(f"  Val IoU: {iou:.4f} ± {iou_std:.4f}")
            print(f"  Val Consistency: {consistency:.4f} ± {consistency_std:.4f}")
            print(f"  LR: {lr:.6f}")
            truth.add(at=epoch, **{
                "train/Loss": tm["total"], "train/seg": tm["seg"], "train/temp": tm["temporal"],
                "train/recon": tm["recon"], "val/Loss": vs["total"], "val/seg": vs["seg"],
                "val/temp": vs["temporal"], "val/recon": vs["recon"], "val/IoU": iou,
                "val/Consistency": consistency})
            truth.allow(**{"val/IoU": iou_std, "val/Consistency": consistency_std, "LR": lr})
            improved = False
            if iou > best_iou:
                best_iou = iou
                print(f"  -> 保存最佳IoU模型 (IoU={best_iou:.4f})")
                truth.allow(IoU=best_iou)
                improved = True
            if consistency > best_consistency:
                best_consistency = consistency
                print(f"  -> 保存最佳Consistency模型 (Cons={best_consistency:.4f})")
                truth.allow(Cons=best_consistency)
                improved = True
            without = 0 if improved else without + cfg["val_interval"]
            if without >= cfg["early_stop_patience"]:
                print(f"\n早停: {without} epochs无改进")
                break
    total_time = time.time() - start_time
    print("\n" + "=" * 70)
    print(f"训练完成! 总时间: {total_time / 60:.1f} 分钟")
    print(f"最佳IoU: {best_iou:.4f}")
    print(f"最佳Consistency: {best_consistency:.4f}")
    truth.allow(**{"最佳IoU": best_iou, "最佳Consistency": best_consistency})
    print("\n生成可视化...")
    print("\n所有结果保存至: outputs/run_20260101_000000")
    truth.write("the script's epoch means and validation scores", libraries=("torch", "tqdm"),
                params=cfg, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"convlstm": run}, root=HELDOUT41)
