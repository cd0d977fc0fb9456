"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

Early stopping as in yuanqing-wang/stag ``stag/utils.py``: ``EarlyStopping.__call__`` prints
``print("current loss: ", loss, "best loss: ", self.best_loss, "counter: ", self.counter)``
(print's own separators after the labels' trailing spaces, so two spaces; the loss an
unformatted float; ``best loss:  None`` on the first call) and, when patience runs out,
``exceeding patience  counter:  3 patience:  3``. Here: a small MLP regressor on sklearn's
diabetes data, Adam with a large learning rate so the validation loss stalls, the validation
loss checked each epoch, patience 3.

Truth: the validation loss of each call, ``current loss``, no step; ``best loss`` (the best so
far, printed before the update: ``None`` first) is optional; the counters are no metrics.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.datasets import load_diabetes

    truth = Truth()

    class EarlyStopping(object):
        best_loss = None
        counter = 0

        def __init__(self, patience=10):
            self.patience = patience

        def __call__(self, loss):
            print("current loss: ", loss, "best loss: ", self.best_loss, "counter: ", self.counter)
            truth.add(**{"current loss": loss})
            if self.best_loss is not None:
                truth.allow(**{"best loss": self.best_loss})
            if self.best_loss is None:
                self.best_loss = loss
                self.counter = 0
            elif loss >= self.best_loss:
                self.counter += 1
                if self.counter >= self.patience:
                    print("exceeding patience ", "counter: ", self.counter, "patience: ",
                          self.patience)
                    return True
            else:
                self.best_loss = loss
                self.counter = 0

    X, y = load_diabetes(return_X_y=True)
    X = torch.tensor((X - X.mean(0)) / X.std(0), dtype=torch.float32)
    y = torch.tensor((y - y.mean()) / y.std(), dtype=torch.float32)[:, None]
    torch.manual_seed(19)
    model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.03)
    stopper = EarlyStopping(patience=3)
    rng = np.random.default_rng(19)
    for epoch in range(40):
        perm = torch.tensor(rng.permutation(340))
        for i in range(0, 340, 34):
            j = perm[i:i + 34]
            loss = F.mse_loss(model(X[j]), y[j])
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            val = F.mse_loss(model(X[340:]), y[340:]).item()
        if stopper(val):
            break
    truth.write("the script's validation loss at each early-stopping check",
                libraries=("torch", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"stag": run}, root=HELDOUT37)
