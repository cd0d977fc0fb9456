"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A hand-written classifier printing as Rex-Yim/CIFAR100Classification ``train.py`` (commit
428c8e4e): ``Training split size: 1197``, ``Evaluation split: val (300 samples)``, ``Run
directory: ...``, ``Hierarchical loss enabled with weight 0.25``, then per epoch ``\\nEpoch
1/4``, a tqdm bar ``Train`` and a tqdm bar ``Eval `` (both ``leave=False``, on stderr), the
epoch's result dict dumped by ``json.dumps(epoch_result, indent=2)`` (``"epoch"``,
``"train_loss"``, ``"train_accuracy"``, ``"train_coarse_loss"``, ``"eval_split": "val"``,
``"eval_loss"``, ``"eval_accuracy"``, ``"eval_coarse_loss"``, ``"lr"``, full-precision floats),
``New best val accuracy: 0.9033`` when it improves, and at the end ``Training finished. Best val
accuracy: ...`` and ``Best checkpoint saved to: ...`` (nothing is written). Here: an MLP on
sklearn's digits with the original's ingredients in small: mixup on half the batches, label
smoothing 0.05, an EMA copy evaluated, a coarse (five-pair) loss added with weight 0.25, SGD with
Nesterov momentum, one warm-up epoch then cosine decay, 4 epochs (the original: a wide ResNet on
CIFAR-100 with its 20 superclasses).

Truth: the dict's ``train_loss``, ``train_accuracy``, ``train_coarse_loss``, ``eval_loss``,
``eval_accuracy``, ``eval_coarse_loss`` (accuracies as fractions) at the dict's ``epoch``.
Optional: ``lr``, the ``New best`` line and the closing best accuracy (repeats). The bars carry
no metric.
"""

from _toy import batches, digits
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import copy
    import json

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=18)
    torch.manual_seed(18)
    rng = np.random.default_rng(18)
    model = nn.Sequential(nn.Linear(64, 48), nn.ReLU(), nn.Linear(48, 10))
    ema_model = copy.deepcopy(model)
    for p in ema_model.parameters():
        p.requires_grad_(False)
    criterion = nn.CrossEntropyLoss(label_smoothing=0.05)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True,
                                weight_decay=5e-4)
    epochs = 4
    warmup = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.1, end_factor=1.0,
                                               total_iters=1)
    cosine = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs - 1)
    scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [warmup, cosine], milestones=[1])
    fine_to_coarse = torch.arange(10) // 2
    coarse_weight, ema_decay = 0.25, 0.9
    truth = Truth()

    def coarse_logits(out):
        return torch.logsumexp(out.view(-1, 5, 2), dim=2)

    def accuracy(out, t):
        return (out.argmax(1) == t).float().mean().item()

    def train_one_epoch(epoch):
        model.train()
        run_loss = run_acc = run_coarse = 0.0
        for images, targets in tqdm(list(batches(Xtr, ytr, 64, epoch)), desc="Train", leave=False):
            ta, tb, lam = targets, targets, 1.0
            optimizer.zero_grad(set_to_none=True)
            if rng.random() < 0.5:
                lam = float(rng.beta(0.2, 0.2))
                perm = torch.randperm(len(images))
                images = lam * images + (1 - lam) * images[perm]
                tb = targets[perm]
            outputs = model(images)
            fine = lam * criterion(outputs, ta) + (1 - lam) * criterion(outputs, tb)
            cl = coarse_logits(outputs)
            coarse = (lam * criterion(cl, fine_to_coarse[ta])
                      + (1 - lam) * criterion(cl, fine_to_coarse[tb]))
            loss = fine + coarse_weight * coarse
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            with torch.no_grad():
                for pe, pm in zip(ema_model.parameters(), model.parameters()):
                    pe.mul_(ema_decay).add_(pm, alpha=1 - ema_decay)
            n = images.size(0)
            run_loss += loss.item() * n
            run_acc += accuracy(outputs, targets) * n
            run_coarse += coarse.item() * n
        return run_loss / len(Xtr), run_acc / len(Xtr), run_coarse / len(Xtr)

    @torch.no_grad()
    def evaluate(m):
        m.eval()
        run_loss = run_acc = run_coarse = 0.0
        for images, targets in tqdm(list(batches(Xva, yva, 100, 0)), desc="Eval ", leave=False):
            outputs = m(images)
            coarse = criterion(coarse_logits(outputs), fine_to_coarse[targets])
            loss = criterion(outputs, targets) + coarse_weight * coarse
            n = images.size(0)
            run_loss += loss.item() * n
            run_acc += accuracy(outputs, targets) * n
            run_coarse += coarse.item() * n
        return run_loss / len(Xva), run_acc / len(Xva), run_coarse / len(Xva)

    print(f"Training split size: {len(Xtr)}", flush=True)
    print(f"Evaluation split: val ({len(Xva)} samples)", flush=True)
    print("Run directory: checkpoints", flush=True)
    print(f"Hierarchical loss enabled with weight {coarse_weight:.2f}", flush=True)
    best = 0.0
    for epoch in range(1, epochs + 1):
        print(f"\nEpoch {epoch}/{epochs}", flush=True)
        train_loss, train_acc, train_coarse = train_one_epoch(epoch)
        eval_loss, eval_acc, eval_coarse = evaluate(ema_model)
        scheduler.step()
        epoch_result = {
            "epoch": epoch,
            "train_loss": train_loss,
            "train_accuracy": train_acc,
            "train_coarse_loss": train_coarse,
            "eval_split": "val",
            "eval_loss": eval_loss,
            "eval_accuracy": eval_acc,
            "eval_coarse_loss": eval_coarse,
            "lr": scheduler.get_last_lr()[0],
        }
        print(json.dumps(epoch_result, indent=2), flush=True)
        truth.add(at=epoch, train_loss=train_loss, train_accuracy=train_acc,
                  train_coarse_loss=train_coarse, eval_loss=eval_loss, eval_accuracy=eval_acc,
                  eval_coarse_loss=eval_coarse)
        truth.allow(lr=epoch_result["lr"])
        if eval_acc > best:
            best = eval_acc
            print(f"New best val accuracy: {best:.4f}", flush=True)
            truth.allow(**{"New best val accuracy": best})
    print(f"\nTraining finished. Best val accuracy: {best:.4f}", flush=True)
    print("Best checkpoint saved to: checkpoints/best.pt", flush=True)
    truth.allow(**{"Best val accuracy": best})
    truth.write("the script's epoch result dicts", libraries=("torch", "tqdm"),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"cifarhydra": run}, root=HELDOUT51)
