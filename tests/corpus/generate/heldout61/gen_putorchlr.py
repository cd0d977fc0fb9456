"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

PyTorch logistic regression printing as 0013am/PuTorch ``logistic_regression.py``: the data's
shapes (``print(X.shape)``, ``print(Y.shape)``, then the tensors' ``torch.Size``), every 10th of
100 epochs ``f"epoch: {epoch+1},loss={loss.item():.4f}"`` (no space after the comma), and
``f"accuracy:{acc}"`` with ``acc`` a 0-d tensor, printed at full precision. Here: sklearn's
breast-cancer data, standardised, as the script loads it, SGD at 0.01. (The script's forward
lacks a ``return`` and compares the unrounded predictions; here the forward returns and the
accuracy uses the rounded predictions, so that it runs and means something.)

Truth: ``loss`` at the printed epoch; ``accuracy`` (the test accuracy, on a line with no phase
word) with no step.
"""

import _toy  # noqa: F401  (puts the generators' folder on sys.path)
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn import datasets
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    torch.manual_seed(13)
    bc = datasets.load_breast_cancer()
    X, Y = bc.data, bc.target
    print(X.shape)
    print(Y.shape)
    X_train, X_test, y_train, y_test = train_test_split(X, Y, test_size=0.2, random_state=13)
    sc = StandardScaler()
    X_train = sc.fit_transform(X_train)
    X_test = sc.transform(X_test)
    X_train = torch.from_numpy(X_train.astype(np.float32))
    X_test = torch.from_numpy(X_test.astype(np.float32))
    y_train = torch.from_numpy(y_train.astype(np.float32)).reshape(-1, 1)
    y_test = torch.from_numpy(y_test.astype(np.float32)).reshape(-1, 1)
    print(X_train.shape)
    print(y_train.shape)

    class LogisticRegression(nn.Module):
        def __init__(self, n_input):
            super(LogisticRegression, self).__init__()
            self.linear = nn.Linear(n_input, 1)

        def forward(self, x):
            return torch.sigmoid(self.linear(x))

    model = LogisticRegression(X_train.shape[1])
    criterion = nn.BCELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    truth = Truth()
    epochs = 100
    for epoch in range(epochs):
        ypred = model(X_train)
        loss = criterion(ypred, y_train)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if (epoch + 1) % 10 == 0:
            print(f"epoch: {epoch+1},loss={loss.item():.4f}")
            truth.add(at=epoch + 1, loss=loss.item())
    with torch.no_grad():
        y_pred = model(X_test)
        y_pred_cls = y_pred.round()
        acc = y_pred_cls.eq(y_test).sum() / float(y_test.shape[0])
        print(f"accuracy:{acc}")
    truth.add(accuracy=acc.item())
    truth.write("the loop's losses and the test accuracy", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"putorchlr": run}, root=HELDOUT61)
