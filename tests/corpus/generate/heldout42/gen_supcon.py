"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as HobbitLong/SupContrast ``main_ce.py``: every
``print_freq`` batches ``Train: [{epoch}][{idx + 1}/{len}]\\tBT {val:.3f} ({avg:.3f})\\tDT {val:.3f}
({avg:.3f})\\tloss {val:.3f} ({avg:.3f})\\tAcc@1 {val:.3f} ({avg:.3f})`` (``AverageMeter`` current
values and running averages, batch and data times), ``epoch {}, total time {:.2f}``, then in
validation every ``print_freq`` batches ``Test: [{idx}/{len}]\\tTime ...\\tLoss {val:.4f}
({avg:.4f})\\tAcc@1 {val:.3f} ({avg:.3f})``, `` * Acc@1 {avg:.3f}``, and at the end ``best
accuracy: {:.2f}``. Here: an MLP classifier (cross-entropy) on sklearn's digits, SGD with
momentum, 4 epochs of 40 batches, validation in 3 batches, print_freq 10.

Truth: the current values ``train/loss`` and ``train/Acc@1`` (``Train:`` heads the line) at the
bracketed epoch (the batch counter restarts each epoch); ``test/Loss`` and ``test/Acc@1`` at the
``[i/N]`` index of the ``Test:`` line (as issue 11's item 5 reads ``[i/N]`` prefixes: step
``i``); `` * Acc@1`` (the validation average, no step). The running averages in parentheses are
optional under the same names; ``best accuracy`` (a best-so-far repeat) is optional; times are
no metrics.
"""

from _toy import batches, chunks, digits, mlp
from _capture import HELDOUT42, Truth, main


class AverageMeter:
    def __init__(self):
        self.val = self.avg = self.sum = self.count = 0

    def update(self, val, n=1):
        self.val = val
        self.sum += val * n
        self.count += n
        self.avg = self.sum / self.count


def run() -> None:
    import sys
    import time

    import torch

    Xtr, ytr, Xva, yva, _, _ = digits(seed=23)
    Xtr, ytr = Xtr[:1120], ytr[:1120]
    model = mlp(seed=23)
    criterion = torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    truth = Truth()
    print_freq, best_acc = 10, 0

    def accuracy(output, target):
        return (output.argmax(1) == target).float().mean() * 100

    for epoch in range(1, 5):
        time1 = time.time()
        model.train()
        batch_time, data_time, losses, top1 = (AverageMeter() for _ in range(4))
        end = time.time()
        train_loader = list(batches(Xtr, ytr, 28, epoch))
        for idx, (images, labels) in enumerate(train_loader):
            data_time.update(time.time() - end)
            bsz = labels.shape[0]
            output = model(images)
            loss = criterion(output, labels)
            losses.update(loss.item(), bsz)
            top1.update(accuracy(output, labels).item(), bsz)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            batch_time.update(time.time() - end)
            end = time.time()
            if (idx + 1) % print_freq == 0:
                print("Train: [{0}][{1}/{2}]\tBT {batch_time.val:.3f} ({batch_time.avg:.3f})\t"
                      "DT {data_time.val:.3f} ({data_time.avg:.3f})\t"
                      "loss {loss.val:.3f} ({loss.avg:.3f})\t"
                      "Acc@1 {top1.val:.3f} ({top1.avg:.3f})".format(
                          epoch, idx + 1, len(train_loader), batch_time=batch_time,
                          data_time=data_time, loss=losses, top1=top1))
                sys.stdout.flush()
                truth.add(at=epoch, **{"train/loss": losses.val, "train/Acc@1": top1.val})
                truth.allow(**{"train/loss": losses.avg, "train/Acc@1": top1.avg})
        time2 = time.time()
        print("epoch {}, total time {:.2f}".format(epoch, time2 - time1))
        model.eval()
        batch_time, losses, top1 = (AverageMeter() for _ in range(3))
        with torch.no_grad():
            end = time.time()
            for idx, (images, labels) in enumerate(chunks(Xva, yva, 100)):
                output = model(images)
                loss = criterion(output, labels)
                losses.update(loss.item(), labels.shape[0])
                top1.update(accuracy(output, labels).item(), labels.shape[0])
                batch_time.update(time.time() - end)
                end = time.time()
                if idx % print_freq == 0:
                    print("Test: [{0}/{1}]\tTime {batch_time.val:.3f} ({batch_time.avg:.3f})\t"
                          "Loss {loss.val:.4f} ({loss.avg:.4f})\t"
                          "Acc@1 {top1.val:.3f} ({top1.avg:.3f})".format(
                              idx, 3, batch_time=batch_time, loss=losses, top1=top1))
                    truth.add(at=idx, **{"test/Loss": losses.val, "test/Acc@1": top1.val})
                    truth.allow(**{"test/Loss": losses.avg, "test/Acc@1": top1.avg})
        print(" * Acc@1 {top1.avg:.3f}".format(top1=top1))
        truth.add(**{"Acc@1": top1.avg})
        if top1.avg > best_acc:
            best_acc = top1.avg
    print("best accuracy: {:.2f}".format(best_acc))
    truth.allow(**{"best accuracy": best_acc})
    truth.write("the AverageMeters' values", libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"supcon": run}, root=HELDOUT42)
