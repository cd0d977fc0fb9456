"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as tcmyxc/propheter ``train_baseline.py`` (commit 53e599c0)
with its ``utils/args_util.py`` ``print_args``, ``misc.py`` ``print_yml_cfg`` and
``utils/time_util.py`` ``print_time``: an args block between ``-------------------- args
--------------------`` rules (``k: v`` lines), a ``yml cfg`` block the same way, ``[INFO]
result will save in:``, ``[INFO] total epoch: 4``, ``[Info] use device: cpu``; each epoch
``Epoch 1``, ``[INFO] lr is: 0.01``, a rule, ``train | loss: 1.098612  [    0/  124]`` every 10
batches, scikit-learn's ``classification_report(..., digits=4)`` of the training predictions,
``val | loss: ...`` every 10 validation batches, ``[FEAT] Epoch 1, update best acc: 0.87...``
when the validation accuracy improves, ``Test Error: Accuracy: 87.04%, Avg loss: 0.312345``, the
validation report, ``Current epoch take time: 0h 0m 0s``; at the end ``Done!`` and ``All
complete in ...``. Here: an MLP on scikit-learn's wine data (3 classes, standardised), 124
training and 54 validation rows, batches of 8, SGD with momentum and cosine annealing, 4
epochs (the checkpoint saving is left out).

Truth: the script's per-batch losses ``train/loss`` (``train | loss``) and ``val/loss``
(``val | loss``), no step (the bracket is a sample count); the new best validation accuracy
``update best acc`` at the epoch its line states; the epoch's ``test/Accuracy`` (the
percentage as printed) and ``test/Avg loss`` (``Test Error:`` names the phase). The
classification reports' numbers are optional (``precision``, ``recall``, ``f1-score``,
``accuracy``, ``support``), as is the cosine ``lr``; the args and yml cfg are ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import argparse
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_wine
    from sklearn.metrics import classification_report

    def print_args(args):
        print("")
        print("-" * 20, "args", "-" * 20)
        for k, v in vars(args).items():
            print(f"{k}: {v}")
        print("-" * 18, "args end", "-" * 18, flush=True)

    def print_yml_cfg(cfg):
        print("")
        print("-" * 20, "yml cfg", "-" * 20)
        for k, v in cfg.items():
            print(f"{k}: {v}")
        print("-" * 18, "yml cfg end", "-" * 18, flush=True)

    def print_time(time_elapsed, epoch=False):
        time_hour = time_elapsed // 3600
        time_minite = (time_elapsed % 3600) // 60
        time_second = time_elapsed % 60
        if epoch:
            print(f"\nCurrent epoch take time: {time_hour:.0f}h {time_minite:.0f}m {time_second:.0f}s")
        else:
            print(f"\nAll complete in {time_hour:.0f}h {time_minite:.0f}m {time_second:.0f}s")

    truth = Truth()

    def report(y_true, y_pred):
        print(classification_report(y_true, y_pred, digits=4))
        rep = classification_report(y_true, y_pred, digits=4, output_dict=True)
        for key, row in rep.items():
            if key == "accuracy":
                truth.allow(accuracy=row)
            else:
                truth.allow(**{c: row[c] for c in ("precision", "recall", "f1-score", "support")})

    parser = argparse.ArgumentParser()
    parser.add_argument('--data_name', default='wine')
    parser.add_argument('--model_name', default='mlp')
    parser.add_argument('--lr', type=float, default='1e-2')
    parser.add_argument('--epochs', type=int, default='4')
    parser.add_argument('--lr_scheduler', type=str, default='cosine')
    parser.add_argument('--loss_type', type=str, default='ce')
    parser.add_argument('--gpu_id', type=str, default='0')
    args = parser.parse_args([])
    print_args(args)
    torch.manual_seed(32)
    np.random.seed(32)
    cfg = {"model": {"in_channels": 13, "num_classes": 3},
           "optimizer": {"momentum": 0.9, "weight_decay": "5e-4"}}
    print_yml_cfg(cfg)
    result_path = "./work_dir/baseline/mlp/wine/lr0.01/cosine_lr_scheduler/ce_loss/2026-12-07_09-30-00"
    print(f"\n[INFO] result will save in:\n{result_path}\n")
    best_acc = 0
    epochs = args.epochs
    print(f"\n[INFO] total epoch: {epochs}")
    device = torch.device('cpu')
    print('-' * 42, '\n[Info] use device:', device)

    X, y = load_wine(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    perm = np.random.permutation(len(X))
    X = torch.tensor(X[perm], dtype=torch.float32)
    y = torch.tensor(y[perm])
    train_set, val_set = (X[:124], y[:124]), (X[124:], y[124:])
    model = nn.Sequential(nn.Linear(13, 16), nn.ReLU(), nn.Linear(16, 3))
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9, weight_decay=5e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)

    def batches(data, shuffle):
        Xd, yd = data
        order = torch.randperm(len(Xd)) if shuffle else torch.arange(len(Xd))
        for k in range(0, len(Xd), 8):
            idx = order[k:k + 8]
            yield Xd[idx], yd[idx]

    begin_time = time.time()
    for epoch in range(epochs):
        epoch_begin_time = time.time()
        cur_lr = float(optimizer.state_dict()['param_groups'][0]['lr'])
        print(f"\nEpoch {epoch+1}")
        print("[INFO] lr is:", cur_lr)
        truth.allow(lr=cur_lr)
        print("-" * 42)
        # train
        size, y_true, y_pred = 124, [], []
        model.train()
        for batch, (Xb, yb) in enumerate(batches(train_set, True)):
            y_true.extend(yb.numpy())
            pred = model(Xb)
            loss = loss_fn(pred, yb)
            y_pred.extend(pred.argmax(1).numpy())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if batch % 10 == 0:
                loss, current = loss.item(), batch * len(Xb)
                print(f"train | loss: {loss:>7f}  [{current:>5d}/{size:>5d}]", flush=True)
                truth.add(**{"train/loss": loss})
        print("-" * 42)
        report(y_true, y_pred)
        # test
        size, y_true, y_pred = 54, [], []
        model.eval()
        test_loss, correct, num_batches = 0, 0, 0
        for batch, (Xb, yb) in enumerate(batches(val_set, False)):
            y_true.extend(yb.numpy())
            with torch.no_grad():
                pred = model(Xb)
                loss = loss_fn(pred, yb)
            test_loss += loss.item()
            num_batches += 1
            y_pred.extend(pred.argmax(1).numpy())
            correct += (pred.argmax(1) == yb).type(torch.float).sum().item()
            if batch % 10 == 0:
                loss, current = loss.item(), batch * len(Xb)
                print(f"val | loss: {loss:>7f}  [{current:>5d}/{size:>5d}]", flush=True)
                truth.add(**{"val/loss": loss})
        test_loss /= num_batches
        correct /= size
        if correct > best_acc:
            best_acc = correct
            print(f"\n[FEAT] Epoch {epoch+1}, update best acc:", correct)
            truth.add(at=epoch + 1, **{"update best acc": correct})
        print(f"\nTest Error: Accuracy: {(100*correct):>0.2f}%, Avg loss: {test_loss:>8f} \n")
        truth.add(**{"test/Accuracy": 100 * correct, "test/Avg loss": test_loss})
        report(y_true, y_pred)
        scheduler.step()
        print_time(time.time() - epoch_begin_time, epoch=True)
    print("Done!")
    print_time(time.time() - begin_time)
    params = dict(vars(args))
    params.update({"model.in_channels": 13, "model.num_classes": 3,
                   "optimizer.momentum": 0.9, "optimizer.weight_decay": "5e-4"})
    truth.write("the script's batch losses, validation accuracy and loss; the reports' numbers "
                "from classification_report(output_dict=True)",
                libraries=("torch", "scikit-learn"), params=params, rel=1e-4, abs_tol=0.000005)


if __name__ == "__main__":
    main(__file__, {"propheter": run}, root=HELDOUT32)
