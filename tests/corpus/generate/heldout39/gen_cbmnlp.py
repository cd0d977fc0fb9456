"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Zhen-Tan-dmml/CBM_NLP ``run_imdb/cbm_standard.py``: per
epoch ``tqdm(train_loader, desc="Training", unit="batch")``, ``tqdm(test_loader, desc="Test",
unit="batch")``, then ``print(f"Epoch {epoch + 1}: Test Acc = {test_accuracy*100} Test Macro F1
= {mean_macro_f1_score*100}")`` with both numbers unformatted (the macro F1 computed the
original's way: the mean over labels of a one-label-versus-rest macro F1). Here: an MLP over a
bottleneck of 8 "concepts" on sklearn's breast-cancer data, Adam, 8 epochs.

Truth: ``test/Acc`` and ``test/Macro F1`` (``Test Acc``, ``Test Macro F1``) at the printed epoch.
"""

import sys

from _toy import batches
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_breast_cancer
    from sklearn.metrics import f1_score
    from tqdm import tqdm

    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    rng = np.random.default_rng(12)
    idx = rng.permutation(len(X))
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    Xtr, ytr, Xte, yte = X[:400], y[:400], X[400:], y[400:]
    torch.manual_seed(12)
    model = nn.Sequential(nn.Linear(30, 16), nn.ReLU())
    classifier = nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 2))
    optimizer = torch.optim.Adam(list(model.parameters()) + list(classifier.parameters()), lr=2e-3)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()
    test_loader = list(batches(Xte, yte, 16, 0))
    for epoch in range(8):
        model.train()
        classifier.train()
        for xb, label in tqdm(list(batches(Xtr, ytr, 16, epoch)), desc="Training", unit="batch"):
            optimizer.zero_grad()
            loss = loss_fn(classifier(model(xb)), label)
            loss.backward()
            optimizer.step()
        model.eval()
        classifier.eval()
        test_accuracy = 0.
        predict_labels = np.array([])
        true_labels = np.array([])
        with torch.no_grad():
            for xb, label in tqdm(test_loader, desc="Test", unit="batch"):
                predictions = torch.argmax(classifier(model(xb)), axis=1)
                test_accuracy += torch.sum(predictions == label).item()
                predict_labels = np.append(predict_labels, predictions.numpy())
                true_labels = np.append(true_labels, label.numpy())
            test_accuracy /= len(Xte)
            num_true_labels = len(np.unique(true_labels))
            macro_f1_scores = []
            for lab in range(num_true_labels):
                label_pred = np.array(predict_labels) == lab
                label_true = np.array(true_labels) == lab
                macro_f1_scores.append(f1_score(label_true, label_pred, average='macro'))
                mean_macro_f1_score = np.mean(macro_f1_scores)
        print(f"Epoch {epoch + 1}: Test Acc = {test_accuracy*100} Test Macro F1 = {mean_macro_f1_score*100}")
        sys.stdout.flush()
        truth.add(at=epoch + 1, **{"test/Acc": test_accuracy * 100,
                                   "test/Macro F1": mean_macro_f1_score * 100})
    truth.write("the script's test accuracy and macro F1", libraries=("torch", "scikit-learn", "tqdm"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"cbmnlp": run}, root=HELDOUT39)
