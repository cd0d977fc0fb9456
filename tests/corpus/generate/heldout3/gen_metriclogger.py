"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

The logging idiom of the torchvision reference training scripts (classification, detection,
segmentation; also DETR, DeiT, MAE and many repositories copied from them): a ``MetricLogger``
of ``SmoothedValue`` meters, written here from its documented behaviour, training a small
PyTorch MLP on a synthetic 10-class problem for 3 epochs:

* ``Namespace(batch_size=32, epochs=3, lr=0.05, ...)`` printed first (the references'
  ``print(args)``);
* every 3 iterations and at the last, two spaces between fields: ``Epoch: [0]  [ 3/10]
  eta: 0:00:00  lr: 0.047838636441065015  img/s: 69470.9  loss: 2.3203 (2.3321)  acc1: 3.1250
  (5.4688)  acc5: 40.6250 (50.0000)  time: 0.0026  data: 0.0000``: each meter as the median of
  its last 20 values, then (in parentheses) its average over the epoch; ``lr`` as its last
  value (a cosine schedule stepped per iteration, printed as the float's repr);
* ``Epoch: [0] Total time: 0:00:00``;
* the evaluation the same way, ``Test:  [0/3]  eta: ...  loss: ... (...)  acc1: ...``, then
  ``Test:  Total time: 0:00:00`` and `` * Acc@1 19.792 Acc@5 68.750``;
* ``Training time 0:00:01`` at the end.

Truth: the meters themselves at each printed line (what ``str(meter)`` formats): per training
line ``loss``, ``acc1``, ``acc5`` = the window median, and ``lr``; per evaluation line
``test/loss``, ``test/acc1``, ``test/acc5`` (the line is led by ``Test:``); the summary's
``Acc@1`` and ``Acc@5`` (the meters' global averages). The averages in parentheses are optional
under the meter's name (a running mean beside the value). No steps are judged (a line states an
epoch and an iteration within it). ``eta``, ``img/s``, ``time``, ``data`` and the total times
are timings, no metrics; the Namespace is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main


class SmoothedValue:
    """A meter: the last `window` values and the running total of all of them."""

    def __init__(self, window=20, fmt="{median:.4f} ({global_avg:.4f})"):
        from collections import deque

        self.values = deque(maxlen=window)
        self.total, self.count, self.fmt = 0.0, 0, fmt

    def update(self, value, n=1):
        self.values.append(value)
        self.count += n
        self.total += value * n

    @property
    def median(self):
        import torch

        return torch.tensor(list(self.values)).median().item()

    @property
    def global_avg(self):
        return self.total / self.count

    @property
    def value(self):
        return self.values[-1]

    def __str__(self):
        return self.fmt.format(median=self.median, global_avg=self.global_avg,
                               value=self.value)


class MetricLogger:
    def __init__(self, delimiter="  "):
        self.meters, self.delimiter = {}, delimiter

    def add_meter(self, name, meter):
        self.meters[name] = meter

    def update(self, n=1, **values):
        for name, value in values.items():
            self.meters.setdefault(name, SmoothedValue()).update(float(value), n)

    def log_every(self, batches, print_freq, header, on_print):
        import datetime
        import time

        start = end = time.time()
        iter_time, data_time = SmoothedValue(fmt="{avg:.4f}"), SmoothedValue(fmt="{avg:.4f}")
        width = len(str(len(batches)))
        for i, batch in enumerate(batches):
            data_time.update(time.time() - end)
            yield batch
            iter_time.update(time.time() - end)
            if i % print_freq == 0 or i == len(batches) - 1:
                eta = datetime.timedelta(
                    seconds=int(iter_time.global_avg * (len(batches) - i)))
                fields = [header, f"[{i:>{width}}/{len(batches)}]", f"eta: {eta}",
                          *(f"{n}: {m}" for n, m in self.meters.items()),
                          f"time: {iter_time.global_avg:.4f}",
                          f"data: {data_time.global_avg:.4f}"]
                print(self.delimiter.join(fields))
                on_print(self.meters)
            end = time.time()
        total = datetime.timedelta(seconds=int(time.time() - start))
        print(f"{header} Total time: {total}")


def accuracy(output, target, topk=(1, 5)):
    _, pred = output.topk(max(topk), 1)
    correct = pred.eq(target[:, None])
    return [correct[:, :k].any(1).float().mean().item() * 100 for k in topk]


def record(truth: Truth, prefix: str):
    def on_print(meters):
        for name, meter in meters.items():
            if name == "lr":
                truth.add(lr=meter.value)
            elif name != "img/s":
                truth.add(**{prefix + name: meter.median})
                truth.allow(**{prefix + name: meter.global_avg})
    return on_print


def train() -> None:
    import argparse
    import datetime
    import time

    import torch

    args = argparse.Namespace(batch_size=32, epochs=3, lr=0.05, momentum=0.9, print_freq=3,
                              seed=0, workers=0, output_dir="runs/ref")
    print(args)
    torch.manual_seed(args.seed)
    truth = Truth()
    centers = torch.randn(10, 16) * 0.45
    labels = torch.randint(0, 10, (416,))
    x = centers[labels] + torch.randn(416, 16)
    train_set = list(zip(x[:320].split(32), labels[:320].split(32)))
    test_set = list(zip(x[320:].split(32), labels[320:].split(32)))
    model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=args.momentum)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(
        optimizer, T_max=args.epochs * len(train_set))
    criterion = torch.nn.CrossEntropyLoss()
    start = time.time()
    for epoch in range(args.epochs):
        logger = MetricLogger()
        logger.add_meter("lr", SmoothedValue(window=1, fmt="{value}"))
        logger.add_meter("img/s", SmoothedValue(window=10, fmt="{value:.1f}"))
        for xb, yb in logger.log_every(train_set, args.print_freq, f"Epoch: [{epoch}]",
                                       record(truth, "")):
            t0 = time.time()
            out = model(xb)
            loss = criterion(out, yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
            acc1, acc5 = accuracy(out, yb)
            logger.update(loss=loss.item(), lr=scheduler.get_last_lr()[0])
            logger.update(acc1=acc1, acc5=acc5, n=len(xb))
            logger.meters["img/s"].update(len(xb) / max(time.time() - t0, 1e-6))
        model.eval()
        logger = MetricLogger()
        with torch.inference_mode():
            for xb, yb in logger.log_every(test_set, args.print_freq, "Test: ",
                                           record(truth, "test/")):
                out = model(xb)
                acc1, acc5 = accuracy(out, yb)
                logger.update(loss=criterion(out, yb).item())
                logger.update(acc1=acc1, acc5=acc5, n=len(xb))
        top1, top5 = logger.meters["acc1"].global_avg, logger.meters["acc5"].global_avg
        print(f" * Acc@1 {top1:.3f} Acc@5 {top5:.3f}")
        truth.add(**{"Acc@1": top1, "Acc@5": top5})
        model.train()
    print(f"Training time {datetime.timedelta(seconds=int(time.time() - start))}")
    truth.write("the MetricLogger's meters at each printed line: window median of loss, acc1, "
                "acc5 (test/... on Test: lines), lr's value, and the global averages printed "
                "as ' * Acc@1 ... Acc@5 ...'; the parenthesised global averages optional; "
                "params = the Namespace",
                libraries=("torch",), params=vars(args), rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"metriclogger": train}, root=HELDOUT3)
