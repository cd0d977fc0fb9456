"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written evaluation printing as the kept test output of mrinalraj860/FineDiving
``plots/Readme.txt``: ``Test Accuracy: {:.2f}%``, ``Classification Report (Test Set):`` and
scikit-learn's ``classification_report`` over named classes ``Class_0`` ... including classes
absent from the test labels (support 0), which makes the report end with ``micro avg``,
``macro avg`` and ``weighted avg`` rows instead of an ``accuracy`` row, then ``Test results saved
to: plots/test_metrics.csv, ...``. Here: an MLP trained silently (the training output of the
original is not in the file read) on the digits 0-6 and scored on a test set without any 5,
with the report over ``Class_0`` ... ``Class_5`` only (so 6 is left out of the rows and the
averages are micro, macro and weighted over the six listed classes).

Truth: ``Test Accuracy`` (no step), and per report row the ``precision``, ``recall`` and
``f1-score`` columns named ``Class_0/precision``, ``micro avg/recall`` and so on (two decimals);
the ``support`` column counts samples: optional.
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from sklearn.metrics import classification_report, precision_recall_fscore_support

    from _toy import mlp

    Xtr, ytr, _, _, Xte, yte = digits(seed=61, n_val=10, n_test=300, classes=[0, 1, 2, 3, 4, 5, 6])
    keep = yte != 5
    Xte, yte = Xte[keep], yte[keep]
    model = mlp(hidden=8, n_out=7, seed=61)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for epoch in range(6):
        for i in range(0, len(Xtr), 64):
            loss = F.cross_entropy(model(Xtr[i:i + 64]), ytr[i:i + 64])
            opt.zero_grad()
            loss.backward()
            opt.step()
    with torch.no_grad():
        pred = model(Xte).argmax(1).numpy()
    y = yte.numpy()
    acc = float((pred == y).mean())
    print(f"\nTest Accuracy: {acc * 100:.2f}%\n")
    names = [f"Class_{i}" for i in range(6)]
    labels = list(range(6))
    print("Classification Report (Test Set):")
    print(classification_report(y, pred, labels=labels, target_names=names, zero_division=0))
    print("Test results saved to: plots/test_metrics.csv, plots/test_confusion_matrix.csv and "
          "plots/test_confusion_matrix.png\n")
    truth = Truth()
    truth.add(**{"Test Accuracy": acc * 100})
    p, r, f, s = precision_recall_fscore_support(y, pred, labels=labels, zero_division=0)
    s_total = int(s.sum())
    for i, name in enumerate(names):
        truth.add(**{f"{name}/precision": p[i], f"{name}/recall": r[i], f"{name}/f1-score": f[i]})
        truth.allow(**{f"{name}/support": s[i]})
    for avg, label in (("micro", "micro avg"), ("macro", "macro avg"), ("weighted", "weighted avg")):
        p, r, f, _ = precision_recall_fscore_support(y, pred, labels=labels, average=avg,
                                                     zero_division=0)
        truth.add(**{f"{label}/precision": p, f"{label}/recall": r, f"{label}/f1-score": f})
        truth.allow(**{f"{label}/support": s_total})
    truth.write("scikit-learn's precision_recall_fscore_support behind the report",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"finediving": run}, root=HELDOUT46)
