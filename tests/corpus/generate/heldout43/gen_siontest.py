"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Sion1/cifar-test ``train.py`` with
``src/cifar_demo/trainer.py``: ``[train] device=cpu config=configs/digits_cnn.yaml``,
``[train] run_dir=runs/digits_cnn epochs=8``, ``[train] wandb installed but WANDB_PROJECT not set
— skipping (...)``, each epoch ``f"[ep {ep:>3}/{epochs}]  train_loss={...:.4f}
train_acc={...:.4f}  test_loss={...:.4f}  test_acc={...:.4f}  ({elapsed:.1f}s)"`` and at the end
``[train] saved runs/digits_cnn/final.pth  best_acc=0.9733 (epoch 7)``. The FINISH line of
``write_finish_line`` is not reproduced (its format is not in the files read). Here: a small CNN
on sklearn's digits, SGD with Nesterov momentum and a cosine schedule, 8 epochs.

Truth: ``train_loss``, ``train_acc``, ``test_loss``, ``test_acc`` at step ``ep`` (a ``[ep i/N]``
prefix gives step i as printed, 0-based here); the closing ``best_acc`` is a repeat (optional).
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    torch.manual_seed(42)
    print("[train] device=cpu config=configs/digits_cnn.yaml", flush=True)
    Xtr, ytr, _, _, Xte, yte = digits(seed=29)
    model = cnn(seed=29)
    epochs = 8
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4,
                                nesterov=True)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    criterion = nn.CrossEntropyLoss()
    print("[train] run_dir=runs/digits_cnn epochs=8", flush=True)
    print("[train] wandb installed but WANDB_PROJECT not set — skipping (set env or "
          "cfg.wandb.project)", flush=True)

    def train_one_epoch(ep):
        model.train()
        total, correct, loss_sum, t0 = 0, 0, 0.0, time.time()
        for x, y in batches(Xtr, ytr, 128, ep):
            optimizer.zero_grad(set_to_none=True)
            logits = model(x)
            loss = criterion(logits, y)
            loss.backward()
            optimizer.step()
            loss_sum += loss.item() * y.size(0)
            correct += (logits.argmax(1) == y).sum().item()
            total += y.size(0)
        return {"loss": loss_sum / total, "acc": correct / total, "elapsed": time.time() - t0}

    @torch.no_grad()
    def evaluate():
        model.eval()
        logits = model(Xte)
        return {"loss": criterion(logits, yte).item(),
                "acc": (logits.argmax(1) == yte).float().mean().item()}

    truth = Truth()
    best = {"acc": 0.0, "epoch": -1}
    for ep in range(epochs):
        train_stats = train_one_epoch(ep)
        eval_stats = evaluate()
        scheduler.step()
        print(f"[ep {ep:>3}/{epochs}]  train_loss={train_stats['loss']:.4f}  "
              f"train_acc={train_stats['acc']:.4f}  test_loss={eval_stats['loss']:.4f}  "
              f"test_acc={eval_stats['acc']:.4f}  ({train_stats['elapsed']:.1f}s)", flush=True)
        truth.add(at=ep, train_loss=train_stats['loss'], train_acc=train_stats['acc'],
                  test_loss=eval_stats['loss'], test_acc=eval_stats['acc'])
        if eval_stats["acc"] > best["acc"]:
            best = {"acc": eval_stats["acc"], "epoch": ep}
    print(f"[train] saved runs/digits_cnn/final.pth  best_acc={best['acc']:.4f} "
          f"(epoch {best['epoch']})", flush=True)
    truth.allow(best_acc=best['acc'])
    truth.write("the trainer's epoch statistics", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"siontest": run}, root=HELDOUT43)
