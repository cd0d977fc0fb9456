"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch loop printing as yiren-jian/deep-learning-homework ``hw1/code/train.py``:
``f"Training on {len(train_ds)} examples"``, then per epoch
``f"[{epoch + 1}/{num_epochs}: loss {tr_loss:.5}  accuracy {tr_acc:.2%}]"`` (five significant
digits, the accuracy as a percent with two decimals, the whole line in brackets). Here: the
script's own ``iris_task`` setting, a small MLP on sklearn's iris, SGD with momentum and a
StepLR schedule, 22 epochs.

Truth: ``loss`` and ``accuracy`` at the printed epoch (the accuracy in percent, as the line
shows it: the program's fraction times 100); the example count is optional.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from sklearn.datasets import load_iris
    from torch import nn, optim
    from torch.utils.data import DataLoader, TensorDataset

    X, y = load_iris(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    train_ds = TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y))
    torch.manual_seed(13)
    np.random.seed(13)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
    opts = dict(num_epochs=22, lr=0.02, momentum=0.9, weight_decay=1e-4, batch_size=16,
                step_size=10, gamma=0.5)
    truth = Truth()
    print(f"Training on {len(train_ds)} examples")
    truth.allow(**{"Training on": len(train_ds)})
    optimizer = optim.SGD(model.parameters(), lr=opts['lr'], momentum=opts['momentum'],
                          weight_decay=opts['weight_decay'])
    scheduler = optim.lr_scheduler.StepLR(optimizer, opts['step_size'], gamma=opts['gamma'])
    criterion = nn.CrossEntropyLoss()
    train_dl = DataLoader(train_ds, batch_size=opts['batch_size'], shuffle=True,
                          generator=torch.Generator().manual_seed(13))
    num_epochs = opts['num_epochs']
    for epoch in range(num_epochs):
        tr_loss = tr_acc = 0
        for x_tr, y_tr in train_dl:
            model.train()
            pred_y = model(x_tr)
            loss = criterion(pred_y, y_tr)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            tr_acc += torch.sum(y_tr.eq(pred_y.argmax(dim=1))).item()
            tr_loss += loss.item()
        scheduler.step()
        tr_loss = tr_loss / len(train_dl)
        tr_acc = tr_acc / len(train_ds)
        print(f"[{epoch + 1}/{num_epochs}: loss {tr_loss:.5}  accuracy {tr_acc:.2%}]")
        truth.add(at=epoch + 1, loss=tr_loss, accuracy=100 * tr_acc)
    truth.write("the script's epoch mean loss and accuracy", libraries=("torch",),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"iristrain": run}, root=HELDOUT57)
