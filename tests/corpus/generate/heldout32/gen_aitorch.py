"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop with tqdm bars as yuanjie-ai/AI-Torch ``utils/tqdm.py`` describes:
``train_desc(epoch, **kw)`` returns ``f'Epoch {epoch+1: >2}: '`` followed by ``' ｜ '.join(
f'{k.title()} = {v:.5f}')`` (a full-width bar between the metrics, names title-cased), and its
docstring's loop makes a bar ``tqdm(range(0, n, batch_size))`` per epoch and, when ``b % 10 ==
0``, calls ``bar_batchs.set_description(train_desc(e + 1, loss=..., auc=..., acc=..., f1=...))``
(so the first epoch shows as ``Epoch  2``, as in the original). Here: logistic regression on
scikit-learn's breast-cancer data, batches of 32 over 448 rows, 2 epochs; the batch's loss,
ROC AUC, accuracy and F1.

Truth: the script's values behind each description, ``Loss``, ``Auc``, ``Acc``, ``F1`` (as
printed), at the epoch the description states (``Epoch  2`` for the first). A description drawn
again when the bar closes is the same state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_breast_cancer
    from sklearn.metrics import f1_score, roc_auc_score
    from tqdm import tqdm

    def train_desc(epoch, **kw):
        _ = ' ｜ '.join([f'{k.title()} = {v:.5f}' for k, v in kw.items()])
        return f'Epoch {epoch+1: >2}: ' + _

    torch.manual_seed(32)
    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    X = torch.tensor(X[:448], dtype=torch.float32)
    y = torch.tensor(y[:448], dtype=torch.float32)
    model = nn.Linear(30, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    lossf = nn.BCEWithLogitsLoss()
    truth = Truth()
    epochs, batch_size = 2, 32
    for e in range(epochs):
        bar_batchs = tqdm(range(0, 448, batch_size))
        for b in bar_batchs:
            logits = model(X[b:b + batch_size]).squeeze(1)
            yb = y[b:b + batch_size]
            loss = lossf(logits, yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if b % 10 == 0:
                p = torch.sigmoid(logits).detach().numpy()
                yn = yb.numpy()
                auc = roc_auc_score(yn, p)
                acc = float(((p > 0.5) == yn).mean())
                f1 = f1_score(yn, p > 0.5)
                desc = train_desc(e + 1, loss=loss.item(), auc=auc, acc=acc, f1=f1)
                bar_batchs.set_description(desc)
                truth.add(at=e + 2, Loss=loss.item(), Auc=auc, Acc=acc, F1=f1)
    truth.write("the script's batch loss, ROC AUC, accuracy and F1 behind each description",
                libraries=("torch", "scikit-learn", "tqdm"), rel=1e-4, abs_tol=0.000005)


if __name__ == "__main__":
    main(__file__, {"aitorch": run}, root=HELDOUT32)
