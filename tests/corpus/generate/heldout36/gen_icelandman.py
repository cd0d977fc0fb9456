"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A fine-tuning loop printing as the kept logs of icelandman2/helping_hands
(``classifier/exps/logs/resnet50_adam.md``, ``resnet18extended_numbers.md``) show: a Markdown
header ``## Experimental Setup``, four dict lines ending in ``<br>`` (``{'model_name': ...}``,
``{'train': n, 'val': n}``, the optimizer line written as the original writes it, with ``=``
inside the braces, and ``{'batch_size': 32, 'epochs': n}``), ``## Training``, then for each
epoch ``#### Epoch 0/49``, ``train loss: 1.22508033083, acc: tensor(0.6741, ...)<br>`` and
``val loss: ..., acc: tensor(...)<br>`` and two blank lines: the loss as Python 2 printed a
float (12 significant digits), the accuracy a float64 tensor's repr (on the CPU here, so
without the original's ``device='cuda:0'``). Here: a small torch MLP on the digits-like toy set,
SGD with momentum 0.9, lr 0.01, batch 32, 10 epochs.

Truth: ``train/loss``, ``train/acc``, ``val/loss``, ``val/acc`` at the epoch of the heading
above them; the setup dicts are ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from _toy import digits, split

    torch.manual_seed(36)
    X, y = digits(n=700, seed=11)
    Xtr, ytr, Xva, yva = split(X, y, frac=0.7, seed=11)
    Xtr, Xva = (torch.tensor(a, dtype=torch.float32) for a in (Xtr, Xva))
    ytr, yva = torch.tensor(ytr), torch.tensor(yva)
    epochs, batch_size, lr = 10, 32, 0.01
    model = nn.Sequential(nn.Linear(64, 48), nn.ReLU(), nn.Linear(48, 10))
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    crit = nn.CrossEntropyLoss()
    print("## Experimental Setup ")
    print("{'model_name': mlp48_sgd}<br> ")
    print("{'train': %d, 'val': %d}<br> " % (len(ytr), len(yva)))
    print("{'optimizer': 'SGD', 'init_lr': %s, 'momentum' = 0.9}<br> " % lr)
    print("{'batch_size': %d, 'epochs': %d}<br> " % (batch_size, epochs))
    print("\n")
    print("## Training")
    print()
    truth = Truth()
    for epoch in range(epochs):
        print("#### Epoch %d/%d" % (epoch, epochs - 1))
        for phase, (Xp, yp) in (("train", (Xtr, ytr)), ("val", (Xva, yva))):
            model.train(phase == "train")
            running_loss, running_corrects = 0.0, 0
            perm = torch.randperm(len(yp)) if phase == "train" else torch.arange(len(yp))
            for b in range(0, len(yp), batch_size):
                idx = perm[b:b + batch_size]
                with torch.set_grad_enabled(phase == "train"):
                    out = model(Xp[idx])
                    loss = crit(out, yp[idx])
                    if phase == "train":
                        opt.zero_grad()
                        loss.backward()
                        opt.step()
                running_loss += loss.item() * len(idx)
                running_corrects += torch.sum(out.argmax(1) == yp[idx])
            epoch_loss = running_loss / len(yp)
            epoch_acc = running_corrects.double() / len(yp)
            print("%s loss: %s, acc: %s<br>" % (phase, "%.12g" % epoch_loss, epoch_acc))
            truth.add(at=epoch, **{f"{phase}/loss": epoch_loss, f"{phase}/acc": epoch_acc.item()})
        print("\n")
    truth.write("the script's epoch loss and accuracy of each phase",
                libraries=("torch",), rel=1e-4, abs_tol=5e-5,
                params={"model_name": "mlp48_sgd", "train": len(ytr), "val": len(yva),
                        "optimizer": "SGD", "init_lr": lr, "momentum": 0.9,
                        "batch_size": batch_size, "epochs": epochs})


if __name__ == "__main__":
    main(__file__, {"icelandman": run}, root=HELDOUT36)
