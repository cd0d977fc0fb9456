"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A jigsaw-solving loop printing as xurunqiang/cifar10-single-image-jigsaw ``v1/train.py``: a
Chinese header block between ``=`` rules, then per epoch a tqdm bar described
``f"Epoch [{epoch:3d}/{epochs:3d}]"`` (dynamic_ncols) with the postfix dict ``Loss``, ``Step``,
``Glob`` (``.3f`` strings), ``Acc`` (``.1f%``) and ``lr`` (``.1e``) every batch, a ``[Validating]`` bar
(leave=False) with postfix ``val_loss``, ``patch_acc``, and a summary block: ``==== Epoch [  1/  2]
轮次汇总 (耗时 0.05s) ====``, ``  [训练集] 损失: .. | Patch 命中率: ..% | 整图完美率: ..%``, the same for
``[验证集]``, ``  ★ 最佳检查点已更新并保存至 best_checkpoint.pth (验证集命中率: ..%)`` when it improves, a
closing rule; at the end ``🎉 训练全部顺利完成！``. Here: sklearn's digits cut into a 2x2 grid of 4x4
patches (the original uses 3x3 to 7x7 grids of CIFAR-10), shuffled; a small permutation-invariant
network predicts each patch's position; ``Step`` is the per-patch cross-entropy, ``Glob`` a
squared penalty on positions claimed more or less than once, ``Loss`` = Step + 0.1·Glob; AdamW,
2 epochs of one full batch each.

Truth: the training bar's states as ``Loss``, ``Step``, ``Glob``, ``Acc`` (running patch accuracy in
percent) at the epoch its description names (``lr`` optional); the validation bar's states as
``val/val_loss`` and ``val/patch_acc`` (the bar is described ``[Validating]``), without a step; the
summary lines under the label that heads each line, ``训练集/损失``, ``训练集/Patch 命中率``,
``训练集/整图完美率`` and ``验证集/...``, at the epoch of the block's header. Optional: the best-checkpoint
line's repeat (``验证集命中率``). Params: the header's batch size, learning rate and epoch count
(``批次大小``, ``学习率``, ``目标轮数``).
"""

from _toy import batches, digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.optim import AdamW
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=23, scale=False)
    grid = 2

    def patches(x):
        img = x.view(-1, 8, 8)
        ps = [img[:, r * 4:(r + 1) * 4, c * 4:(c + 1) * 4].reshape(-1, 16)
              for r in range(grid) for c in range(grid)]
        return torch.stack(ps, 1)  # (B, 4, 16)

    class PuzzleModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
            self.head = nn.Linear(64, grid * grid)

        def forward(self, x, gen):
            P = patches(x)
            B, S, _ = P.shape
            perm = torch.stack([torch.randperm(S, generator=gen) for _ in range(B)])
            shuffled = torch.gather(P, 1, perm.unsqueeze(-1).expand(-1, -1, 16))
            h = self.enc(shuffled)
            ctx = h.mean(1, keepdim=True).expand(-1, S, -1)
            logits = self.head(torch.cat([h, ctx], -1))
            loss_step = F.cross_entropy(logits.reshape(-1, S), perm.reshape(-1))
            claim = logits.softmax(-1).sum(1)
            loss_global = ((claim - 1.0) ** 2).mean()
            return {"loss": loss_step + 0.1 * loss_global, "loss_step": loss_step,
                    "loss_global": loss_global, "all_preds": logits.argmax(-1), "all_targets": perm}

    torch.manual_seed(23)
    model = PuzzleModel()
    epochs, lr, batch_size = 2, 3e-4 * 30, 1200
    optimizer = AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs, eta_min=1e-6)
    truth = Truth()
    print("================================================================================")
    print(f"★ 启动单图拼图还原系统 (v1 版本) 训练")
    print(f"  计算设备: cpu | 网格尺寸: {grid}x{grid} (共 {grid**2} 块)")
    print(f"  批次大小: {batch_size} | 学习率: {lr} | 目标轮数: {epochs}")
    print(f"  检查点保存路径: ./checkpoints/grid{grid}")
    print("================================================================================")
    best = -1.0
    gen = torch.Generator().manual_seed(23)
    for epoch in range(1, epochs + 1):
        t0 = time.time()
        model.train()
        run_loss = run_pc = run_pn = run_puz = n = 0
        pbar = tqdm(list(batches(Xtr, ytr, batch_size, epoch)), desc=f"Epoch [{epoch:3d}/{epochs:3d}]",
                    dynamic_ncols=True)
        for imgs, _ in pbar:
            out = model(imgs, gen)
            optimizer.zero_grad()
            out["loss"].backward()
            optimizer.step()
            with torch.no_grad():
                B = imgs.shape[0]
                run_loss += out["loss"].item() * B
                cm = out["all_preds"] == out["all_targets"]
                run_pc += cm.sum().item(); run_pn += cm.numel()
                run_puz += cm.all(1).sum().item(); n += B
                acc = run_pc / run_pn * 100.0
            cur_lr = scheduler.get_last_lr()[0]
            pbar.set_postfix({"Loss": f"{out['loss'].item():.3f}", "Step": f"{out['loss_step'].item():.3f}",
                              "Glob": f"{out['loss_global'].item():.3f}", "Acc": f"{acc:.1f}%",
                              "lr": f"{cur_lr:.1e}"})
            truth.add(at=epoch, Loss=out["loss"].item(), Step=out["loss_step"].item(),
                      Glob=out["loss_global"].item(), Acc=acc)
            truth.allow(lr=cur_lr)
        scheduler.step()
        dt = time.time() - t0
        tr_loss, tr_pa, tr_pz = run_loss / n, run_pc / run_pn * 100.0, run_puz / n * 100.0
        model.eval()
        vl = vpc = vpn = vpz = vn = 0
        with torch.no_grad():
            vbar = tqdm(list(batches(Xva, yva, 300, 0)), desc="[Validating]", dynamic_ncols=True, leave=False)
            for imgs, _ in vbar:
                out = model(imgs, gen)
                B = imgs.shape[0]
                vl += out["loss"].item() * B
                cm = out["all_preds"] == out["all_targets"]
                vpc += cm.sum().item(); vpn += cm.numel(); vpz += cm.all(1).sum().item(); vn += B
                vbar.set_postfix({"val_loss": f"{out['loss'].item():.3f}",
                                  "patch_acc": f"{vpc / vpn * 100.0:.1f}%"})
                truth.add(**{"val/val_loss": out["loss"].item(), "val/patch_acc": vpc / vpn * 100.0})
        va_loss, va_pa, va_pz = vl / vn, vpc / vpn * 100.0, vpz / vn * 100.0
        print(f"\n==================== Epoch [{epoch:3d}/{epochs:3d}] 轮次汇总 (耗时 {dt:.2f}s) ====================")
        print(f"  [训练集] 损失: {tr_loss:.4f} | Patch 命中率: {tr_pa:6.2f}% | 整图完美率: {tr_pz:5.2f}%")
        print(f"  [验证集] 损失: {va_loss:.4f} | Patch 命中率: {va_pa:6.2f}% | 整图完美率: {va_pz:5.2f}%")
        truth.add(at=epoch, **{"训练集/损失": tr_loss, "训练集/Patch 命中率": tr_pa, "训练集/整图完美率": tr_pz,
                               "验证集/损失": va_loss, "验证集/Patch 命中率": va_pa, "验证集/整图完美率": va_pz})
        if va_pa > best:
            best = va_pa
            print(f"  ★ 最佳检查点已更新并保存至 best_checkpoint.pth (验证集命中率: {best:.2f}%)")
            truth.allow(**{"验证集命中率": best})
        print("========================================================================================\n")
    print("\n🎉 训练全部顺利完成！")
    truth.write("the script's batch and epoch statistics", libraries=("torch", "tqdm"),
                params={"批次大小": batch_size, "学习率": lr, "目标轮数": epochs}, rel=1e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"jigsaw": run}, root=HELDOUT49)
