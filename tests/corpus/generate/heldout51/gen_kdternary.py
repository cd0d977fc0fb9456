"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Hand-written distillation runs printing as pbhatt0022/ternary-kd-cifar10 ``src/train.py``
(commit 08709c01, ``run``): per run, after its first epoch ``[T_0] 0.1s/epoch measured ->
~0.00h remaining on this run``, then each epoch ``[T_0] epoch 1/6 lr=0.1 loss=1.2345
val=56.78%``. Here: a teacher run ``T_0`` (a 64-128-10 MLP) and a distilled student ``B_0``
(64-24-10, loss ``0.5*T^2*KL + 0.5*CE`` at T=4) on sklearn's digits, 6 epochs each, plain SGD
with momentum, the learning rate dropping by 10 before epochs 4 and 6 (the original: ResNets on
CIFAR-10, 160 epochs, drops before 80 and 120).

Truth: ``loss`` (the epoch's mean step loss) and ``val`` (validation accuracy in percent) at the
printed epoch; the two runs restart the epoch count and share the names. Optional: ``lr``.
Times and the remaining-hours estimate are not metrics.
"""

from _toy import batches, digits
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=15)
    truth = Truth()
    total_epochs, T = 6, 4.0

    def lr_for_epoch(epoch):
        lr = 0.1
        for milestone in (4, 6):
            if epoch >= milestone:
                lr *= 0.1
        return lr

    @torch.no_grad()
    def accuracy(model):
        model.eval()
        return 100.0 * int((model(Xva).argmax(1) == yva).sum()) / len(yva)

    def one_run(label, hidden, teacher=None):
        torch.manual_seed(15)
        model = nn.Sequential(nn.Linear(64, hidden), nn.ReLU(), nn.Linear(hidden, 10))
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        for epoch in range(1, total_epochs + 1):
            epoch_lr = lr_for_epoch(epoch)
            for group in optimizer.param_groups:
                group["lr"] = epoch_lr
            model.train()
            started = time.time()
            step_losses = []
            for inputs, targets in batches(Xtr, ytr, 64, epoch):
                logits = model(inputs)
                if teacher is not None:
                    with torch.no_grad():
                        teacher_logits = teacher(inputs)
                    kl = F.kl_div(F.log_softmax(logits / T, 1), F.softmax(teacher_logits / T, 1),
                                  reduction="batchmean")
                    loss = 0.5 * T * T * kl + 0.5 * F.cross_entropy(logits, targets)
                else:
                    loss = F.cross_entropy(logits, targets)
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                optimizer.step()
                step_losses.append(loss.detach())
            loss_mean = float(torch.stack(step_losses).mean())
            val_accuracy = accuracy(model)
            seconds = time.time() - started
            if epoch == 1:
                print(
                    f"[{label}] {seconds:.1f}s/epoch measured -> "
                    f"~{seconds * (total_epochs - epoch) / 3600:.2f}h remaining on this run"
                )
            print(
                f"[{label}] epoch {epoch}/{total_epochs} lr={epoch_lr:g} "
                f"loss={loss_mean:.4f} val={val_accuracy:.2f}%"
            )
            truth.add(at=epoch, loss=loss_mean, val=val_accuracy)
            truth.allow(lr=epoch_lr)
        model.eval()
        return model

    teacher = one_run("T_0", 128)
    one_run("B_0", 24, teacher=teacher)
    truth.write("the runs' mean step losses and validation accuracies", libraries=("torch",),
                rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"kdternary": run}, root=HELDOUT51)
