"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A PyTorch loop printing as Colmar-zlicheng/MNIST-Classification ``train_mnist.py`` (``-v``,
validation on): ``Start training with ANN``, the hard-coded ``split train [60000] set into
train+val as [50000, 10000]``, ``Start training from epoch 0 to {epoch_size}``, a progress bar
per phase whose description is set every batch to ``f"{bar_perfixes['train']} Epoch
{epoch_idx} Loss {'%.12f' % loss}"`` (``val``/``test``: ``... Loss {loss_show}``), ``Current
LR: [0.001]`` after each epoch, ``Accuracy on val set: {} %`` and ``Accuracy on test set: {} %``
(an unformatted float), the checkpoint lines and ``Running time: %s Seconds``. The prefixes are
termcolor's ``colored("train", "white", attrs=["bold"])`` (yellow ``val``, magenta ``test``),
re-created here as termcolor 2 writes them (ANSI codes only when stdout is a terminal, which is
why the pipe capture differs). The script's ``lib/utils/etqdm.py`` is not in the index: a plain
``tqdm`` stands in for ``etqdm``. Here: an MLP on sklearn's 8x8 digits, batch 100, 2 epochs,
StepLR(5, 0.1). PyTorch's
UserWarning on ``'%.12f' % loss`` (a tensor needing grad) is silenced.

Truth: ``train/Loss`` (each batch's description, at the printed epoch), ``val/Loss`` and
``test/Loss`` (no step), ``Accuracy on val set`` and ``Accuracy on test set``. ``Current LR``
is optional.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT56, Truth, main


def colored(text, color, attrs):
    import os
    import sys

    if not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return text
    codes = {"white": 97, "yellow": 33, "magenta": 35}
    result = "\033[%dm%s" % (codes[color], text)
    for attr in attrs:
        result = "\033[%dm%s" % ({"bold": 1}[attr], result)
    return result + "\033[0m"


def run() -> None:
    import time
    import warnings
    import torch
    import torch.nn.functional as F
    from tqdm import tqdm as etqdm

    bar_perfixes = {"train": colored("train", "white", attrs=["bold"]),
                    "val": colored("val", "yellow", attrs=["bold"]),
                    "test": colored("test", "magenta", attrs=["bold"])}
    warnings.filterwarnings("ignore", category=UserWarning)  # torch's tensor-to-scalar warning
    start = time.time()
    print("Start training with ANN")
    Xtr, ytr, Xva, yva, Xte, yte = digits(seed=9, n_val=200, n_test=200)
    Xtr, ytr = Xtr[:1000], ytr[:1000]
    print("split train [60000] set into train+val as [50000, 10000]")
    model = mlp(seed=9)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 5, 0.1)
    epoch_size = 2
    truth = Truth()
    print(f"Start training from epoch 0 to {epoch_size}")
    for epoch_idx in range(epoch_size):
        model.train()
        train_bar = etqdm(list(batches(Xtr, ytr, 100, epoch_idx)))
        for bidx, (images, labels) in enumerate(train_bar):
            loss = F.cross_entropy(model(images), labels)
            loss_show = ('%.12f' % loss)
            train_bar.set_description(f"{bar_perfixes['train']} Epoch {epoch_idx} Loss {loss_show}")
            truth.add(at=epoch_idx, **{"train/Loss": loss.item()})
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        scheduler.step()
        lrs = [group['lr'] for group in optimizer.param_groups]
        print(f"Current LR: {lrs}")
        truth.allow(**{"Current LR": lrs[0]})
    for phase, X, y in (("val", Xva, yva), ("test", Xte, yte)):
        if phase == "val":
            print("do validation")
        else:
            print("do test and compute accuracy")
        with torch.no_grad():
            correct = 0
            total = 0
            model.eval()
            bar = etqdm(list(batches(X, y, 100, 0)))
            for bidx, (images, labels) in enumerate(bar):
                pred = model(images)
                loss = F.cross_entropy(pred, labels)
                loss_show = ('%.12f' % loss)
                bar.set_description(f"{bar_perfixes[phase]} Loss {loss_show}")
                truth.add(**{f"{phase}/Loss": loss.item()})
                _, predicted = torch.max(pred.data, 1)
                total += labels.size(0)
                correct += (predicted == labels).sum().item()
                acc = 100 * correct / total
            print('Accuracy on {} set: {} %'.format(phase, acc))
            truth.add(**{f"Accuracy on {phase} set": acc})
    print("beginning save checkpoints")
    print("successfully save checkpoints")
    end = time.time()
    print('Running time: %s Seconds' % (end - start))
    truth.write("the script's per-batch losses shown in the bars and the set accuracies",
                libraries=("torch", "tqdm"), rel=1e-9, abs_tol=5e-13)


if __name__ == "__main__":
    main(__file__, {"colmar": run}, root=HELDOUT56)
