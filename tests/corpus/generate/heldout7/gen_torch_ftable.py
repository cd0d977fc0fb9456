"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

A hand-written PyTorch training loop that prints its own fixed-width table with f-string
alignment (``print(f"{epoch:>5} {train_loss:>10.4f} ...")``), as many research scripts do:

* the config as a two-column block between ``=`` rules (``f"{k:<16}{v!s:>14}"``: ``lr
  0.05``, ``batch_size  64``, ``scheduler  cosine``...), and ``model: 5,034 parameters``;
* a header ``epoch  train_loss  train_acc  val_loss  val_acc  lr  time`` over a ``-`` rule,
  then a row per epoch, right-aligned: ``    3     0.4127    88.43%     0.4511    86.67%
  0.04523    0.05s``, a ``*`` after a row whose val_acc is the best so far;
* after the table, ``test  loss 0.3122  acc 90.28%  (360 samples)``, ``best val_acc 93.06%
  at epoch 9``.

The model is a two-layer MLP on scikit-learn's bundled digits, trained with SGD and a cosine
learning-rate schedule.

Truth: the loop's own tensors: mean training loss and accuracy over each epoch's batches,
validation loss and accuracy after it (accuracies x100, as printed), the optimizer's
``lr`` used in that epoch (``param_groups[0]['lr']``), at the row's epoch (the step; the
``epoch`` column optional); ``test/loss`` and ``test/acc`` (a phase-led line); ``best
val_acc`` a point, its epoch optional. Times and the parameter count are in neither map;
the config block is params.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import torch
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    torch.manual_seed(0)
    truth = Truth()
    config = {"lr": 0.05, "momentum": 0.9, "batch_size": 64, "epochs": 10, "hidden": 64,
              "weight_decay": 0.0005, "scheduler": "cosine", "seed": 0}
    x, y = load_digits(return_X_y=True)
    x = x / 16.0
    x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.2, random_state=0)
    x_tr, x_va, y_tr, y_va = train_test_split(x_tr, y_tr, test_size=0.2, random_state=0)
    t = {k: torch.tensor(v, dtype=torch.float32 if k[0] == "x" else torch.long)
         for k, v in (("x_tr", x_tr), ("y_tr", y_tr), ("x_va", x_va), ("y_va", y_va),
                      ("x_te", x_te), ("y_te", y_te))}
    model = torch.nn.Sequential(torch.nn.Linear(64, config["hidden"]), torch.nn.ReLU(),
                                torch.nn.Linear(config["hidden"], 10))
    opt = torch.optim.SGD(model.parameters(), lr=config["lr"], momentum=config["momentum"],
                          weight_decay=config["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=config["epochs"])
    loss_fn = torch.nn.CrossEntropyLoss()

    print("=" * 30)
    for k, v in config.items():
        print(f"{k:<16}{v!s:>14}")
    print("=" * 30)
    print(f"model: {sum(p.numel() for p in model.parameters()):,} parameters\n")
    header = (f"{'epoch':>5} {'train_loss':>10} {'train_acc':>9} {'val_loss':>10} "
              f"{'val_acc':>9} {'lr':>9} {'time':>7}")
    print(header)
    print("-" * len(header))

    def evaluate(xs, ys):
        model.eval()
        with torch.no_grad():
            logits = model(xs)
            return loss_fn(logits, ys).item(), (logits.argmax(1) == ys).float().mean().item()

    best = (0.0, 0)
    for epoch in range(1, config["epochs"] + 1):
        start = time.perf_counter()
        model.train()
        perm = torch.randperm(len(t["x_tr"]))
        losses, correct = [], 0
        lr = opt.param_groups[0]["lr"]
        for i in range(0, len(perm), config["batch_size"]):
            idx = perm[i:i + config["batch_size"]]
            logits = model(t["x_tr"][idx])
            loss = loss_fn(logits, t["y_tr"][idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item() * len(idx))
            correct += (logits.argmax(1) == t["y_tr"][idx]).sum().item()
        sched.step()
        train_loss, train_acc = sum(losses) / len(perm), correct / len(perm)
        val_loss, val_acc = evaluate(t["x_va"], t["y_va"])
        mark = " *" if val_acc > best[0] else ""
        best = max(best, (val_acc, -epoch))
        print(f"{epoch:>5} {train_loss:>10.4f} {train_acc:>9.2%} {val_loss:>10.4f} "
              f"{val_acc:>9.2%} {lr:>9.5f} {time.perf_counter() - start:>6.2f}s{mark}",
              flush=True)
        truth.add(epoch, train_loss=train_loss, train_acc=train_acc * 100, val_loss=val_loss,
                  val_acc=val_acc * 100, lr=lr)
        truth.allow(epoch=epoch)
    print("-" * len(header))
    test_loss, test_acc = evaluate(t["x_te"], t["y_te"])
    print(f"test  loss {test_loss:.4f}  acc {test_acc:.2%}  ({len(t['y_te'])} samples)")
    print(f"best val_acc {best[0]:.2%} at epoch {-best[1]}")
    truth.add(**{"test/loss": test_loss, "test/acc": test_acc * 100,
                 "best val_acc": best[0] * 100})
    truth.allow(epoch=-best[1])
    truth.write("the loop's tensors: epoch means of the batch losses and accuracies, evaluate() "
                "on the validation and test sets (accuracies x100), the optimizer's lr of the "
                "epoch, at the row's epoch; test/<name> for the test line; config = params",
                libraries=("torch", "scikit-learn"), params=config,
                rel=1e-6, abs_tol=5.1e-3)  # accuracies printed as 2-decimal percentages


if __name__ == "__main__":
    main(__file__, {"torch-ftable": run}, root=HELDOUT7)
