"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written classifier loop printing as TharunSwaminathan/adaptive-batch-lr-cifar10
``training/trainer.py`` (``Trainer.fit``): ``Starting fixed baseline training`` between ``=``
rules, then per epoch three lines: ``Epoch 01/08 | Train Loss: ... | Train Acc: ...% | Val Loss:
... | Val Acc: ...%`` (with ``  <-- best`` when the validation loss improved), an indented ``Grad
Mean: ... | Grad Std: ... | Grad CV: ...`` line (statistics of the per-batch gradient norms) and
an indented ``LR: ... | Batch: ... | Updates: ... | Time: ...s`` line; at the end ``Training
complete``, ``Best epoch``, ``Best validation loss``, ``Total optimizer updates``, ``Total
training time`` and the two saved paths. Here: an MLP on sklearn's digits (for CIFAR-10), SGD
with momentum, batches of 64, 8 epochs.

Truth: ``Train Loss``, ``Train Acc``, ``Val Loss``, ``Val Acc`` (labels holding their phase word,
as printed) at the printed epoch. Optional: ``Grad Mean``, ``Grad Std``, ``Grad CV`` (gradient
diagnostics a reader may or may not keep) and the summary's ``Best validation loss`` (a repeat).
LR, batch size, update count and times are no metrics.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import math
    import time

    import torch
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=3)
    model = mlp(seed=3, hidden=48)
    opt = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    truth = Truth()
    epochs, bs, updates = 8, 64, 0
    best_val, best_epoch = float("inf"), None
    print("\nStarting fixed baseline training")
    print("=" * 78)
    start = time.perf_counter()
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        model.train()
        run_loss = correct = total = 0
        norms = []
        for X, y in batches(Xtr, ytr, bs, epoch):
            opt.zero_grad(set_to_none=True)
            out = model(X)
            loss = F.cross_entropy(out, y)
            loss.backward()
            norms.append(math.sqrt(sum(float((p.grad ** 2).sum()) for p in model.parameters())))
            opt.step()
            updates += 1
            run_loss += loss.item() * len(y)
            correct += int((out.argmax(1) == y).sum())
            total += len(y)
        tr_loss, tr_acc = run_loss / total, 100.0 * correct / total
        mean = sum(norms) / len(norms)
        std = math.sqrt(sum((v - mean) ** 2 for v in norms) / len(norms))
        cv = std / (mean + 1e-12)
        model.eval()
        with torch.no_grad():
            out = model(Xva)
            va_loss = F.cross_entropy(out, yva).item()
            va_acc = 100.0 * float((out.argmax(1) == yva).float().mean())
        marker = ""
        if va_loss < best_val:
            best_val, best_epoch, marker = va_loss, epoch, "  <-- best"
        lr = opt.param_groups[0]["lr"]
        print(
            f"Epoch {epoch:02d}/{epochs:02d} | "
            f"Train Loss: {tr_loss:.4f} | "
            f"Train Acc: {tr_acc:.2f}% | "
            f"Val Loss: {va_loss:.4f} | "
            f"Val Acc: {va_acc:.2f}%"
            f"{marker}"
        )
        print(f"             Grad Mean: {mean:.4f} | Grad Std: {std:.4f} | Grad CV: {cv:.4f}")
        print(f"             LR: {lr:.6f} | Batch: {bs} | Updates: {updates:,} | "
              f"Time: {time.perf_counter() - t0:.2f}s")
        truth.add(at=epoch, **{"Train Loss": tr_loss, "Train Acc": tr_acc, "Val Loss": va_loss,
                               "Val Acc": va_acc})
        truth.allow(**{"Grad Mean": mean, "Grad Std": std, "Grad CV": cv})
    total_time = time.perf_counter() - start
    print("=" * 78)
    print("Training complete")
    print(f"Best epoch: {best_epoch}")
    print(f"Best validation loss: {best_val:.4f}")
    truth.allow(**{"Best validation loss": best_val})
    print(f"Total optimizer updates: {updates:,}")
    print(f"Total training time: {total_time:.2f} seconds")
    print("Results saved to: results/fixed_baseline.csv")
    print("Metadata saved to: results/fixed_baseline_metadata.json")
    print("=" * 78)
    truth.write("the script's epoch losses and accuracies", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"adaptive": run}, root=HELDOUT47)
