"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DDPM loop printing as Tianbowen0102/DDPM-MNIST ``train_ddpm.py``: Chinese header
lines (``设备: cpu``, ``[数据] 加载 MNIST...``, ``  训练样本: ..., 批次: ...``, ``[模型] 初始化
U-Net...``, ``  参数量: ...``, ``[训练] 12 epochs, batch=128, lr=0.001``, ``  总步数: ...``,
``  EMA decay: 0.995``, a ``=`` rule), then per epoch ``f"Epoch {epoch:2d}/{EPOCHS} |
loss={avg_loss:.4f} | lr={lr_now:.2e} | elapsed={elapsed/60:.0f}m | eta={eta/60:.0f}m | {bar}"``
(a ``#`` bar growing with the epochs), and ``训练完成！总耗时: ... min (...s)`` and a save line.
Here: an MLP noise predictor on sklearn's digits (for the U-Net on MNIST), 200 diffusion steps,
EMA as in the original, 12 epochs; sampling and plots are left out.

Truth: ``loss`` at the printed epoch. The printed configuration (``lr``, ``batch``, ``EMA
decay``) is params; ``lr=`` on the epoch line (the scheduled rate), times and the bar are no
metrics.
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import math
    import time
    from copy import deepcopy

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    EPOCHS, BATCH_SIZE, LR, T, EMA_DECAY = 12, 128, 1e-3, 200, 0.995
    Xtr, _, _, _, _, _ = digits(seed=8, scale01=True)
    Xtr = Xtr * 2 - 1
    n_batches = len(Xtr) // BATCH_SIZE
    print(f"设备: cpu")
    print("\n[数据] 加载 MNIST...")
    print(f"  训练样本: {len(Xtr)}, 批次: {n_batches}")
    print("\n[模型] 初始化 U-Net...")
    torch.manual_seed(8)
    model = nn.Sequential(nn.Linear(64 + 16, 128), nn.SiLU(), nn.Linear(128, 128), nn.SiLU(),
                          nn.Linear(128, 64))
    print(f"  参数量: {sum(p.numel() for p in model.parameters()):,}")
    ema_model = deepcopy(model)
    optimizer = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=1e-5)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=EPOCHS)
    betas = torch.linspace(1e-4, 0.02, T)
    abar = torch.cumprod(1 - betas, 0)

    def embed(t):
        freqs = torch.exp(torch.arange(8) * -(math.log(10000) / 7))
        e = t[:, None].float() * freqs[None]
        return torch.cat([e.sin(), e.cos()], 1)

    print(f"\n[训练] {EPOCHS} epochs, batch={BATCH_SIZE}, lr={LR}")
    print(f"  总步数: {EPOCHS * n_batches}")
    print(f"  EMA decay: {EMA_DECAY}")
    print(f"{'='*55}")
    truth = Truth()
    global_step, t_start = 0, time.time()
    for epoch in range(1, EPOCHS + 1):
        epoch_loss = 0.0
        for imgs in batches(Xtr, None, BATCH_SIZE, epoch):
            if len(imgs) < BATCH_SIZE:
                continue
            t = torch.randint(0, T, (len(imgs),))
            noise = torch.randn_like(imgs)
            a = abar[t][:, None]
            x_t = a.sqrt() * imgs + (1 - a).sqrt() * noise
            loss = F.mse_loss(model(torch.cat([x_t, embed(t)], 1)), noise)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if global_step >= 10:
                with torch.no_grad():
                    for ep, p in zip(ema_model.parameters(), model.parameters()):
                        ep.data = EMA_DECAY * ep.data + (1 - EMA_DECAY) * p.data
            epoch_loss += loss.item()
            global_step += 1
        avg_loss = epoch_loss / n_batches
        scheduler.step()
        lr_now = scheduler.get_last_lr()[0]
        elapsed = time.time() - t_start
        eta = (elapsed / epoch) * (EPOCHS - epoch)
        bar = "#" * (epoch * 30 // EPOCHS)
        print(f"Epoch {epoch:2d}/{EPOCHS} | loss={avg_loss:.4f} | lr={lr_now:.2e} | "
              f"elapsed={elapsed/60:.0f}m | eta={eta/60:.0f}m | {bar}", flush=True)
        truth.add(at=epoch, loss=avg_loss)
    total_time = time.time() - t_start
    print(f"\n训练完成！总耗时: {total_time/60:.1f} min ({total_time:.0f}s)")
    print("模型已保存: outputs/ddpm_mnist.pth")
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5,
                params={"lr": LR, "batch": BATCH_SIZE, "EMA decay": EMA_DECAY})


if __name__ == "__main__":
    main(__file__, {"ddpmzh": run}, root=HELDOUT47)
