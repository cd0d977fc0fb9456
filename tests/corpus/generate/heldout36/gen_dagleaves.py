"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

An image classifier trained as dagleaves/VisionNETs ``train.py`` (commit 0a270471) does: the
arguments between two rules of 100 ``=`` (``Arguments =`` and ``\\t<arg>: <value>`` lines),
``Using device: cpu``, an outer ``trange(n_epochs, desc='Training', unit='epoch')`` whose
postfix after each epoch is the validation ``loss`` and ``acc`` (floats, tqdm's 3 significant
digits); inside it, per epoch, a ``tqdm(train_loader, desc='Epoch 1', unit='batch',
leave=True)`` bar and a ``Validation`` bar whose postfix every batch is ``{'loss': '0.512
(0.601)', 'acc': '0.844 (0.812)'}`` (the batch value and the running average, three decimals);
after training a ``Testing`` bar, then ``print('Test Loss:', '%.3f' % test_loss)`` and
``print('Test Accuracy', test_acc)`` (unformatted). Here: a LeNet-like CNN on the digits-like
toy set, SGD 0.1 (the original's default: 0.01) with momentum 0.9, 2 epochs, training batches of 256 and test batches of 128 (2
training, 1 validation, 1 test batch); no wandb, no checkpoint files.

Truth: the training bars' ``loss`` and ``acc`` (both numbers of each postfix, batch value
then running average; the description names no phase), ``val/loss`` and ``val/acc`` (the
Validation bars' pairs and the outer bar's postfix), ``test/loss`` and ``test/acc`` (the
Testing bar's pairs), ``test/Loss`` and ``test/Accuracy`` (the printed lines); the arguments are
``params``. No steps.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import argparse

    import torch
    import torch.nn as nn
    from tqdm import tqdm, trange
    from _toy import digits, split

    parser = argparse.ArgumentParser(description='Train MNIST on a image classification model')
    parser.add_argument('--model', type=str, default='LeNet5')
    parser.add_argument('--optim', type=str, default='SGD')
    parser.add_argument('--ckpt_dir', type=str, default='checkpoints')
    parser.add_argument('--dataset', type=str, default='MNIST')
    parser.add_argument('--data_dir', type=str, default='data')
    parser.add_argument('--batch_size_train', type=int, default=256)
    parser.add_argument('--batch_size_test', type=int, default=128)
    parser.add_argument('--n_epochs', type=int, default=2)
    parser.add_argument('--val_pc', default=0.1, type=float)
    parser.add_argument('--workers', type=int, default=0)
    parser.add_argument('--lr', type=float, default=0.1)
    parser.add_argument('--momentum', type=float, default=0.9)
    parser.add_argument('--seed', type=int, default=2)
    parser.add_argument('--wandb', action='store_true')
    parser.add_argument('--sweep', action='store_true')
    args = parser.parse_args([])
    print('=' * 100)
    print('Arguments =')
    for arg in vars(args):
        print('\t' + arg + ':', getattr(args, arg))
    print('=' * 100)

    class AverageMeter:
        def __init__(self):
            self.val = self.avg = self.sum = self.count = 0

        def update(self, val, n=1):
            self.val = val
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    torch.manual_seed(args.seed)
    device = torch.device('cpu')
    print('Using device:', device)
    X, y = digits(n=640, seed=3)
    Xtr, ytr, Xte, yte = split(X, y, frac=0.8, seed=3)
    Xtr, Xte = (torch.tensor(a, dtype=torch.float32).reshape(-1, 1, 8, 8) for a in (Xtr, Xte))
    ytr, yte = torch.tensor(ytr), torch.tensor(yte)
    n_val = int(args.val_pc * len(ytr))
    Xva, yva, Xtr, ytr = Xtr[:n_val], ytr[:n_val], Xtr[n_val:], ytr[n_val:]

    def loader(Xs, ys, bs):
        return [(Xs[i:i + bs], ys[i:i + bs]) for i in range(0, len(ys), bs)]

    train_loader = loader(Xtr, ytr, args.batch_size_train)
    val_loader = loader(Xva, yva, args.batch_size_test)
    test_loader = loader(Xte, yte, args.batch_size_test)
    model = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(96, 32), nn.ReLU(), nn.Linear(32, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=args.momentum)
    criterion = nn.CrossEntropyLoss()
    truth = Truth()

    def pair(prefix, meter_loss, meter_acc):
        truth.add(**{f"{prefix}loss": meter_loss.val, f"{prefix}acc": meter_acc.val})
        truth.add(**{f"{prefix}loss": meter_loss.avg, f"{prefix}acc": meter_acc.avg})

    def train(epoch):
        train_accuracy, train_loss = AverageMeter(), AverageMeter()
        model.train()
        pbar = tqdm(train_loader, desc='Epoch ' + str(epoch + 1), unit='batch', leave=True)
        for data, target in pbar:
            optimizer.zero_grad()
            output = model(data)
            loss = criterion(output, target)
            loss.backward()
            optimizer.step()
            acc = (output.argmax(1) == target).float().mean().item()
            train_accuracy.update(acc, target.size(0))
            train_loss.update(loss.item(), target.size(0))
            pbar.set_postfix({
                'loss': '{loss.val:.3f} ({loss.avg:.3f})'.format(loss=train_loss),
                'acc': '{acc.val:.3f} ({acc.avg:.3f})'.format(acc=train_accuracy)
            })
            pair("", train_loss, train_accuracy)

    def test(data_loader, testing=False):
        test_accuracy, test_loss = AverageMeter(), AverageMeter()
        model.eval()
        with torch.no_grad():
            pbar = tqdm(data_loader, desc='Validation' if not testing else 'Testing',
                        unit='batch', leave=True)
            for data, target in pbar:
                output = model(data)
                loss = criterion(output, target)
                acc = (output.argmax(1) == target).float().mean().item()
                test_accuracy.update(acc, target.size(0))
                test_loss.update(loss.item(), target.size(0))
                pbar.set_postfix({
                    'loss': '{loss.val:.3f} ({loss.avg:.3f})'.format(loss=test_loss),
                    'acc': '{acc.val:.3f} ({acc.avg:.3f})'.format(acc=test_accuracy)
                })
                pair("test/" if testing else "val/", test_loss, test_accuracy)
        return test_loss.avg, test_accuracy.avg

    pbar = trange(args.n_epochs, desc='Training', unit='epoch')
    for epoch in pbar:
        train(epoch)
        val_loss, val_acc = test(val_loader)
        pbar.set_postfix({'loss': val_loss, 'acc': val_acc})
        truth.add(**{"val/loss": val_loss, "val/acc": val_acc})
    test_loss, test_acc = test(test_loader, testing=True)
    print('Test Loss:', '%.3f' % test_loss)
    print('Test Accuracy', test_acc)
    truth.add(**{"test/Loss": test_loss, "test/Accuracy": test_acc})
    truth.write("the script's average meters (batch value and running average) of each bar "
                "state, the epoch's validation averages and the test results",
                libraries=("torch", "tqdm"), rel=5e-3, abs_tol=5e-4,
                params={k: v for k, v in vars(args).items()})


if __name__ == "__main__":
    main(__file__, {"dagleaves": run}, root=HELDOUT36)
