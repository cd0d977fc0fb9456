"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as jwcen/mythesis ``train.py`` does: after each epoch's
training and validation, ``"epoch - {}/{} valid: - {:.3f} acc - {:.3f} pre - {:.3f} rec - {:.3f}
f1 - {:3f} auc - {:.3f}"`` (the validation loss right after ``valid:`` with no label of its own;
``{:3f}`` a width, not a precision, so f1 has six decimals). Here: a small MLP on
scikit-learn's breast-cancer data (standardised), 7 epochs of SGD, scikit-learn's precision,
recall, F1 and ROC AUC.

Truth: the script's validation loss and scores, at the epoch the line states: ``val/loss`` (the
unlabelled number after ``valid:``, a judgement call), ``val/acc``, ``val/pre``, ``val/rec``,
``val/f1``, ``val/auc``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_breast_cancer
    from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
    from sklearn.model_selection import train_test_split

    torch.manual_seed(31)
    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    Xtr, Xva, ytr, yva = train_test_split(X, y, test_size=0.3, random_state=5)
    Xtr, Xva = torch.tensor(Xtr, dtype=torch.float32), torch.tensor(Xva, dtype=torch.float32)
    ytr, yva_t = torch.tensor(ytr, dtype=torch.float32), torch.tensor(yva, dtype=torch.float32)
    model = nn.Sequential(nn.Linear(30, 8), nn.ReLU(), nn.Linear(8, 1))
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    truth = Truth()
    EPOCHS = 7
    for epoch in range(EPOCHS):
        model.train()
        perm = torch.randperm(len(Xtr))
        for i in range(0, len(perm), 32):
            idx = perm[i:i + 32]
            loss = criterion(model(Xtr[idx]).squeeze(1), ytr[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            logits = model(Xva).squeeze(1)
            loss = criterion(logits, yva_t).item()
        prob = torch.sigmoid(logits).numpy()
        pred = (prob > 0.5).astype(int)
        acc = float(np.mean(pred == yva))
        pre, rec = precision_score(yva, pred), recall_score(yva, pred)
        f1, auc = f1_score(yva, pred), roc_auc_score(yva, prob)
        res = "epoch - {}/{} valid: - {:.3f} acc - {:.3f} pre - {:.3f} rec - {:.3f} f1 - {:3f} auc - {:.3f}".format(epoch+1, EPOCHS, loss, acc, pre, rec, f1, auc)
        print(res)
        truth.add(at=epoch + 1, **{"val/loss": loss, "val/acc": acc, "val/pre": pre,
                                   "val/rec": rec, "val/f1": f1, "val/auc": auc})
    truth.write("the script's validation loss and scikit-learn scores after each epoch",
                libraries=("torch", "scikit-learn", "numpy"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"mythesis": run}, root=HELDOUT31)
