"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as takaya-hirano-hayashibeLabo/braille-recognition
``main/train2d/train.py`` (its CNN branch): ``print(f"train_size:{train_size},
test_size:{...}")``, then every tenth iteration ``print(f"Iteration {counter}, Train Acc:
{train_acc*100:.2f}% ,Test Acc: {test_acc * 100:.2f}%")`` with the accuracies computed over the
whole (drop-last) loaders as tensors. Here: a small CNN on sklearn's digits standing in for the
braille images, 70/30 split, batch size 32, Adam (lr 1e-2, as the original), 4 epochs.

Truth: ``Train Acc`` and ``Test Acc`` (percentages) at the printed iteration.
"""

from _toy import cnn
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from sklearn.datasets import load_digits

    from _toy import batches

    X, y = load_digits(return_X_y=True)
    X = torch.tensor((X - X.mean()) / X.std(), dtype=torch.float32)
    y = torch.tensor(y)
    train_size = round(0.7 * X.shape[0])
    print(f"train_size:{train_size}, test_size:{X.shape[0]-train_size}")
    torch.manual_seed(14)
    idx = torch.randperm(X.shape[0])
    Xtr, ytr, Xte, yte = X[idx[:train_size]], y[idx[:train_size]], X[idx[train_size:]], \
        y[idx[train_size:]]
    net = cnn(seed=14)
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-2)

    def batch_accuracy(X, y):
        with torch.no_grad():
            total, acc = 0, 0
            for data, targets in batches(X, y, 32, 1, drop_last=True):
                acc += torch.sum(torch.argmax(net(data), dim=1) == targets)
                total += data.shape[0]
        return acc / total

    truth = Truth()
    counter = 0
    for epoch in range(4):
        for data, targets in batches(Xtr, ytr, 32, epoch + 10, drop_last=True):
            net.train()
            loss_val = F.cross_entropy(net(data), targets)
            optimizer.zero_grad()
            loss_val.backward()
            optimizer.step()
            if counter % 10 == 0:
                net.eval()
                train_acc = batch_accuracy(Xtr, ytr)
                test_acc = batch_accuracy(Xte, yte)
                print(f"Iteration {counter}, Train Acc: {train_acc*100:.2f}% ,"
                      f"Test Acc: {test_acc * 100:.2f}%")
                truth.add(at=counter, **{"Train Acc": float(train_acc) * 100,
                                         "Test Acc": float(test_acc) * 100})
            counter += 1
    truth.write("the script's loader accuracies", libraries=("torch",), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"braille": run}, root=HELDOUT43)
