"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

A hand-written PyTorch training script in the style of the PyTorch examples'
``imagenet/main.py``, whose ``AverageMeter``/``ProgressMeter`` classes are copied into a great
many research repositories: ``=> creating model 'mlp'``, then every ``print_freq`` batches a
tab-separated line with a ``[batch/total]`` prefix (``Epoch: [0][ 5/23]`` for training,
``Test: [ 2/6]`` for validation) and one ``name value (running average)`` field per meter:
``Time``, ``Data``, ``Loss`` (in ``:.4e``), ``Acc@1``, ``Acc@5``; after each validation the
summary line `` * Acc@1 ... Acc@5 ...``; at the end the best top-1 accuracy.

Data: scikit-learn's bundled digits (no download), a two-layer MLP, SGD with momentum and a
step learning-rate schedule, as in the example.

Truth: the loop's own meters: at each printed line, each meter's current value (the batch's
loss and top-1/top-5 accuracy in percent) is a point, its running average (in parentheses)
optional under the same name and under ``<name>_avg``; training lines' names as printed
(``Loss``, ``Acc@1``, ``Acc@5``), validation lines' and the summary's as ``test/<name>``
(the prefix the script prints is ``Test:``); no step anywhere (the lines state an epoch and a
batch, or a batch); ``Best Acc@1`` once. ``Time``/``Data`` are timings, in neither map. The
``Namespace`` printed first is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


class AverageMeter:
    """Computes and stores the average and current value, as the example's class does."""

    def __init__(self, name, fmt=":f"):
        self.name, self.fmt = name, fmt
        self.val = self.avg = self.sum = self.count = 0

    def update(self, val, n=1):
        self.val = val
        self.sum += val * n
        self.count += n
        self.avg = self.sum / self.count

    def __str__(self):
        return ("{name} {val" + self.fmt + "} ({avg" + self.fmt + "})").format(**self.__dict__)


class ProgressMeter:
    def __init__(self, num_batches, meters, prefix=""):
        digits = len(str(num_batches))
        self.batch_fmtstr = "[{:" + str(digits) + "d}/" + "{:d}".format(num_batches) + "]"
        self.meters, self.prefix = meters, prefix

    def display(self, batch):
        entries = [self.prefix + self.batch_fmtstr.format(batch)]
        entries += [str(meter) for meter in self.meters]
        print("\t".join(entries), flush=True)


def run() -> None:
    import argparse
    import time

    import torch
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    from torch import nn

    parser = argparse.ArgumentParser(description="PyTorch digits training")
    parser.add_argument("-a", "--arch", default="mlp")
    parser.add_argument("--epochs", default=3, type=int)
    parser.add_argument("-b", "--batch-size", default=64, type=int)
    parser.add_argument("--lr", "--learning-rate", default=0.1, type=float)
    parser.add_argument("--momentum", default=0.9, type=float)
    parser.add_argument("--wd", "--weight-decay", default=1e-4, type=float, dest="weight_decay")
    parser.add_argument("-p", "--print-freq", default=6, type=int)
    parser.add_argument("--seed", default=7, type=int)
    args = parser.parse_args([])
    print(args, flush=True)
    torch.manual_seed(args.seed)
    truth = Truth()

    x, y = load_digits(return_X_y=True)
    x_tr, x_va, y_tr, y_va = train_test_split(x / 16.0, y, test_size=0.25, random_state=0)
    train = torch.utils.data.TensorDataset(torch.tensor(x_tr, dtype=torch.float32),
                                           torch.tensor(y_tr))
    val = torch.utils.data.TensorDataset(torch.tensor(x_va, dtype=torch.float32),
                                         torch.tensor(y_va))
    train_loader = torch.utils.data.DataLoader(train, batch_size=args.batch_size, shuffle=True)
    val_loader = torch.utils.data.DataLoader(val, batch_size=args.batch_size)
    print(f"=> creating model '{args.arch}'", flush=True)
    model = nn.Sequential(nn.Linear(64, 48), nn.ReLU(), nn.Linear(48, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), args.lr, momentum=args.momentum,
                                weight_decay=args.weight_decay)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)

    def accuracy(output, target, topk=(1,)):
        with torch.no_grad():
            _, pred = output.topk(max(topk), 1, True, True)
            correct = pred.t().eq(target.view(1, -1).expand_as(pred.t()))
            return [correct[:k].reshape(-1).float().sum(0) * (100.0 / target.size(0))
                    for k in topk]

    def record(meters, prefix):
        for meter in meters[2:]:
            name = prefix + meter.name
            truth.add(**{name: meter.val})
            truth.allow(**{name: meter.avg, name + "_avg": meter.avg})

    def one_pass(loader, training, epoch):
        meters = [AverageMeter("Time", ":6.3f"), AverageMeter("Data", ":6.3f"),
                  AverageMeter("Loss", ":.4e"), AverageMeter("Acc@1", ":6.2f"),
                  AverageMeter("Acc@5", ":6.2f")]
        prefix = "Epoch: [{}]".format(epoch) if training else "Test: "
        progress = ProgressMeter(len(loader), meters, prefix=prefix)
        model.train(training)
        end = time.time()
        with torch.set_grad_enabled(training):
            for i, (images, target) in enumerate(loader):
                meters[1].update(time.time() - end)
                output = model(images)
                loss = criterion(output, target)
                acc1, acc5 = accuracy(output, target, topk=(1, 5))
                meters[2].update(loss.item(), images.size(0))
                meters[3].update(acc1.item(), images.size(0))
                meters[4].update(acc5.item(), images.size(0))
                if training:
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
                meters[0].update(time.time() - end)
                end = time.time()
                if i % args.print_freq == 0:
                    progress.display(i + 1)
                    record(meters, "" if training else "test/")
        if not training:
            print(" * Acc@1 {top1.avg:.3f} Acc@5 {top5.avg:.3f}".format(
                top1=meters[3], top5=meters[4]), flush=True)
            truth.add(**{"test/Acc@1": meters[3].avg, "test/Acc@5": meters[4].avg})
        return meters[3].avg

    best_acc1 = 0.0
    for epoch in range(args.epochs):
        one_pass(train_loader, True, epoch)
        acc1 = one_pass(val_loader, False, epoch)
        scheduler.step()
        best_acc1 = max(acc1, best_acc1)
    print(f"Best Acc@1: {best_acc1:.3f}", flush=True)
    truth.add(**{"Best Acc@1": best_acc1})
    truth.write("the loop's AverageMeters at each printed line: val a point, avg optional (also "
                "<name>_avg); validation lines and summary as test/<name>; no step; best top-1; "
                "the Namespace = params",
                libraries=("torch", "scikit-learn"), params=vars(args),
                rel=5e-4, abs_tol=5.1e-3)  # Loss in 4-digit mantissa, accuracies 2 decimals


if __name__ == "__main__":
    main(__file__, {"torch-progressmeter": run}, root=HELDOUT8)
