"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing through ValerianRey/Fibonacci ``examples/print_util.py``
(commit 346fe551) with the loop structure of its ``examples/main.py`` (``train``, ``validate``):
``Training the neural network`` and a bold, underlined header (``\\033[1m\\033[4mEpoch     Batch
Time   Loss (avg)        Top1 Acc (avg)        \\033[0m``), then table rows written with a leading
``\\r`` and no newline while the epoch runs (``print_train(..., persistent=False)`` every
``print_interval`` batches) and one final row with a newline: ``[1/3]     [19/19]       0s
0.4321 (0.9876)   90.000 (75.123)       \\033[0m`` (columns ``ljust``-padded, each value with its
running average in parentheses); the test rows in purple (``\\033[95m``) with ``Test`` in the first
column. Here: an MLP on sklearn's digits, SGD, 3 epochs of 19 batches, a row every 10 batches,
the test set in one batch (the original: CIFAR-10 networks before Fibonacci quantization).

Truth: per printed row (each ``\\r`` state once; a repeated row is one state) ``Loss`` (the batch
value), ``Loss (avg)`` (its running average), ``Top1 Acc`` and ``Top1 Acc (avg)`` (percent), at
the epoch of the ``[e/3]`` column for training rows; the ``Test`` rows give ``test/Loss``,
``test/Loss (avg)``, ``test/Top1 Acc``, ``test/Top1 Acc (avg)`` without a step. Times are not
metrics.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    class Color:
        PURPLE = '\033[95m'
        BOLD = '\033[1m'
        UNDERLINE = '\033[4m'
        END = '\033[0m'

    def print_header(color=''):
        print('Training the neural network')
        print(Color.BOLD + color + 'Epoch'.ljust(10) + 'Batch'.ljust(14) + 'Time'.ljust(7)
              + 'Loss (avg)'.ljust(18) + 'Top1 Acc (avg)'.ljust(22) + Color.END)

    def print_train(epoch, total_epochs, batch_idx, batch_length, batch_time, loss, top1,
                    persistent=True, color=''):
        print('\r' + color + '[{0}/{1}]'.format(epoch + 1, total_epochs).ljust(10) +
              '[{0}/{1}]'.format(batch_idx + 1, batch_length).ljust(14) +
              '{batch_time.sum:.0f}s'.format(batch_time=batch_time).ljust(7) +
              '{loss.val:.4f} ({loss.avg:.4f})'.format(loss=loss).ljust(18) +
              '{top1.val:.3f} ({top1.avg:.3f})'.format(top1=top1).ljust(22) + Color.END,
              end='\n' if persistent else '')

    def print_test(batch_idx, batch_length, batch_time, loss, top1, persistent=True, color=''):
        print('\r' + color + 'Test'.ljust(10) +
              '[{0}/{1}]'.format(batch_idx + 1, batch_length).ljust(14) +
              '{batch_time.sum:.0f}s'.format(batch_time=batch_time).ljust(7) +
              '{loss.val:.4f} ({loss.avg:.4f})'.format(loss=loss).ljust(18) +
              '{top1.val:.3f} ({top1.avg:.3f})'.format(top1=top1).ljust(22) + Color.END,
              end='\n' if persistent else '')

    class AverageMeter:
        def __init__(self):
            self.val = self.avg = self.sum = 0
            self.count = 0

        def update(self, val, n=1):
            self.val = val
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    Xtr, ytr, _, _, Xte, yte = digits(seed=26)
    model = mlp(seed=26)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    epochs, print_interval = 3, 10
    truth = Truth()
    seen = set()

    def record(prefix, at, loss, top1):
        state = (prefix, at, loss.val, loss.avg, top1.val, top1.avg)
        if state in seen:
            return
        seen.add(state)
        truth.add(at=at, **{f"{prefix}Loss": loss.val, f"{prefix}Loss (avg)": loss.avg,
                            f"{prefix}Top1 Acc": top1.val, f"{prefix}Top1 Acc (avg)": top1.avg})

    def train(epoch):
        batch_time, losses, top1 = AverageMeter(), AverageMeter(), AverageMeter()
        model.train()
        start = time.time()
        loader = list(batches(Xtr, ytr, 64, epoch))
        for batch_idx, (data, target) in enumerate(loader):
            output = model(data)
            loss = criterion(output, target)
            acc1 = (output.argmax(1) == target).float().mean().item() * 100.0
            losses.update(loss.item(), data.size(0))
            top1.update(acc1, data.size(0))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if batch_idx % print_interval == 0:
                batch_time.update(time.time() - start)
                start = time.time()
                print_train(epoch, epochs, batch_idx, len(loader), batch_time, losses, top1,
                            persistent=False)
                record("", epoch + 1, losses, top1)
        print_train(epoch, epochs, len(loader) - 1, len(loader), batch_time, losses, top1)
        record("", epoch + 1, losses, top1)

    def validate():
        batch_time, losses, top1 = AverageMeter(), AverageMeter(), AverageMeter()
        color = Color.PURPLE
        model.eval()
        loader = [(Xte, yte)]
        with torch.no_grad():
            end = time.time()
            for batch_idx, (data, target) in enumerate(loader):
                output = model(data)
                loss = criterion(output, target)
                acc1 = (output.argmax(1) == target).float().mean().item() * 100.0
                losses.update(loss.item(), data.size(0))
                top1.update(acc1, data.size(0))
                batch_time.update(time.time() - end)
                end = time.time()
                if batch_idx % print_interval == 0:
                    print_test(batch_idx, len(loader), batch_time, losses, top1,
                               persistent=False, color=color)
                    record("test/", None, losses, top1)
            print_test(len(loader) - 1, len(loader), batch_time, losses, top1, persistent=True,
                       color=color)
            record("test/", None, losses, top1)

    print_header(color=Color.UNDERLINE)
    for epoch in range(epochs):
        train(epoch)
        validate()
    truth.write("the loop's batch losses and accuracies with their running averages",
                libraries=("torch",), rel=1e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"fibcolor": run}, root=HELDOUT51)
