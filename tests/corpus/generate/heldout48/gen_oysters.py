"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Florent-JIA/Digital-calibration-of-oysters-with-AI
``train_mlp.py``: every 5th epoch ``epoch:[0/100]. val_acc:0.625.`` (the unformatted accuracy),
then ``best acc:0.9. best epoch:35.``, ``loaded from ckpt!``, scikit-learn's
``classification_report`` of the test set, ``confusion matrix`` and the matrix, ``f1-score:0.8.``,
the true and predicted label lists, ``test_acc:0.85``. Here: a 7-feature, two-class synthetic
"oyster" set (the original's MLP(7, 5) with five grades would not run its binary ``f1_score``; we
keep two grades), batches of 8, Adam, 100 epochs; the visdom plots are left out.

Truth: ``val_acc`` at the printed epoch; ``best acc``, ``f1-score`` and ``test_acc`` at no step;
the report's cells as ``<row>/<column>`` (``0/precision``, ``macro avg/f1-score``, ``accuracy``
for the single accuracy cell); ``best epoch`` and the report's ``support`` counts are optional;
the confusion matrix and the label lists are no metrics.
"""

from _toy import blobs, report_truth
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import sklearn.metrics as m
    import torch
    from sklearn.metrics import accuracy_score, classification_report, confusion_matrix
    from torch import nn, optim
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(1234)
    X, y = blobs(n=200, n_features=7, n_classes=2, seed=7, sep=0.6)
    ds = lambda a, b: TensorDataset(torch.tensor(X[a:b]), torch.tensor(y[a:b]))
    train_loader = DataLoader(ds(0, 120), batch_size=8, shuffle=True)
    val_loader = DataLoader(ds(120, 160), batch_size=8)
    test_loader = DataLoader(ds(160, 200), batch_size=8)

    def evaluate(model, loader):
        correct = 0
        total = len(loader.dataset)
        for x, yy in loader:
            with torch.no_grad():
                pred = model(x).argmax(dim=1)
            correct += torch.eq(pred, yy).sum().float().item()
        return correct / total

    truth = Truth()

    def test_evaluate(model, loader):
        y_true, predict = [], []
        for x, yy in loader:
            with torch.no_grad():
                result = model(x).argmax(dim=1)
            y_true.extend(int(i) for i in yy.numpy())
            predict.extend(int(j) for j in result.numpy())
        print(classification_report(y_true, predict))
        report_truth(truth, y_true, predict)
        print("confusion matrix")
        print(confusion_matrix(y_true, predict))
        f1 = m.f1_score(y_true, predict)
        print("f1-score:{}.".format(f1))
        truth.add(**{"f1-score": f1})
        print(y_true)
        print(predict)
        return accuracy_score(y_true, predict)

    model = nn.Sequential(nn.Linear(7, 16), nn.ReLU(), nn.Linear(16, 2))
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    criterion = nn.CrossEntropyLoss()
    epoches = 100
    best_epoch, best_acc, best_state = 0, 0, None
    for epoch in range(epoches):
        for x, yy in train_loader:
            loss = criterion(model(x), yy)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        if epoch % 5 == 0:
            val_acc = evaluate(model, val_loader)
            print("epoch:[{}/{}]. val_acc:{}.".format(epoch, epoches, val_acc))
            truth.add(at=epoch, val_acc=val_acc)
            if val_acc > best_acc:
                best_epoch, best_acc = epoch, val_acc
                best_state = {k: v.clone() for k, v in model.state_dict().items()}
    print('best acc:{}. best epoch:{}.'.format(best_acc, best_epoch))
    truth.add(**{"best acc": best_acc})
    truth.allow(**{"best epoch": best_epoch})
    model.load_state_dict(best_state)
    print("loaded from ckpt!")
    test_acc = test_evaluate(model, test_loader)
    print("test_acc:{}".format(test_acc))
    truth.add(test_acc=test_acc)
    truth.write("the loop's accuracies and scikit-learn's report of the test predictions",
                libraries=("torch", "scikit-learn"), rel=1e-9, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"oysters": run}, root=HELDOUT48)
