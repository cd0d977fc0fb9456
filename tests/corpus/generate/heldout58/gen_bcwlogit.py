"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

Logistic regression in PyTorch printing as AG2048/PyTorch_Practice ``logistic_regression.py``:
every 10th epoch two lines, ``epoch {epoch}: w = {w[0][0].item():.3f}, loss = {L.item():.8f}``
(the first weight and the training BCE before the step) and ``accuracy = {acc:.4f}`` (test
accuracy, a 0-d tensor formatted), then a last ``accuracy = ...`` after training. Here: the
script's own setting (sklearn's breast cancer data, 80/20 split with ``random_state=1234``,
standardised, SGD 0.01), 150 epochs instead of 1,000.

Truth: ``loss`` at the printed epoch; ``accuracy`` at the epoch of the line above it, the last
one without a step; ``w`` (a weight) is optional.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn import datasets
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    torch.manual_seed(17)
    bc = datasets.load_breast_cancer()
    X, y = bc.data, bc.target
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1234)
    sc = StandardScaler()
    X_train, X_test = sc.fit_transform(X_train), sc.transform(X_test)
    X_train = torch.from_numpy(X_train.astype(np.float32))
    X_test = torch.from_numpy(X_test.astype(np.float32))
    y_train = torch.from_numpy(y_train.astype(np.float32)).view(-1, 1)
    y_test = torch.from_numpy(y_test.astype(np.float32)).view(-1, 1)
    model = nn.Linear(X.shape[1], 1)
    loss = nn.BCELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    truth = Truth()
    for epoch in range(150):
        L = loss(torch.sigmoid(model(X_train)), y_train)
        L.backward()
        optimizer.step()
        optimizer.zero_grad()
        with torch.no_grad():
            acc = torch.sigmoid(model(X_test)).round().eq(y_test).sum() / float(y_test.shape[0])
        if epoch % 10 == 0:
            w = model.weight
            print(f"epoch {epoch}: w = {w[0][0].item():.3f}, loss = {L.item():.8f}")
            print(f"accuracy = {acc:.4f}")
            truth.add(at=epoch, loss=L.item(), accuracy=acc.item())
            truth.allow(w=w[0][0].item())
    with torch.no_grad():
        acc = torch.sigmoid(model(X_test)).round().eq(y_test).sum() / float(y_test.shape[0])
        print(f"accuracy = {acc:.4f}")
        truth.add(accuracy=acc.item())
    truth.write("the script's training losses and test accuracies", libraries=("torch",),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"bcwlogit": run}, root=HELDOUT58)
