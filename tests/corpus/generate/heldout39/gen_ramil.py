"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop whose evaluation prints as Ramil-Shukurov/MultiLabel_classification
``test.py``: ``f'Accuracy of the network: {acc:.5f} %\\n'``, one ``f'Accuracy of
{classname:s}: {acc:.3f} %'`` per class, then the dict of correct counts printed whole. The
training before it prints nothing in the original; ours prints ``training ...`` and ``done``.
Here: an MLP on sklearn's wine data (classes ``class_0`` .. ``class_2``), evaluated three times
(after 5, 15 and 40 epochs).

Truth: ``Accuracy of the network`` and ``Accuracy of <class>``, no step; the dict's counts
are no metric.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_wine

    data = load_wine()
    X = (data.data - data.data.mean(0)) / data.data.std(0)
    rng = np.random.default_rng(4)
    idx = rng.permutation(len(X))
    X = torch.tensor(X[idx], dtype=torch.float32)
    y = torch.tensor(data.target[idx])
    Xtr, ytr, Xte, yte = X[:120], y[:120], X[120:], y[120:]
    classes = [str(c) for c in data.target_names]
    torch.manual_seed(4)
    model = nn.Sequential(nn.Linear(13, 8), nn.ReLU(), nn.Linear(8, 3))
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    truth = Truth()
    epochs_done = 0
    for stop in (5, 15, 40):
        print("training ...")
        for _ in range(stop - epochs_done):
            for i in range(0, 120, 16):
                opt.zero_grad()
                nn.functional.cross_entropy(model(Xtr[i:i + 16]), ytr[i:i + 16]).backward()
                opt.step()
        epochs_done = stop
        print("done")
        with torch.no_grad():
            model.eval()
            n_correct = 0
            n_samples = 0
            n_class_correct_pred = {classname: 0 for classname in classes}
            n_class_total_pred = {classname: 0 for classname in classes}
            outputs = model(Xte)
            _, predicted = torch.max(outputs, 1)
            n_samples += yte.size(0)
            n_correct += (predicted == yte).sum().item()
            for label, prediction in zip(yte, predicted):
                if label == prediction:
                    n_class_correct_pred[classes[label]] += 1
                n_class_total_pred[classes[label]] += 1
            acc = 100.0 * n_correct / n_samples
            print(f'Accuracy of the network: {acc:.5f} %\n')
            truth.add(**{"Accuracy of the network": acc})
            for classname, correct_count in n_class_correct_pred.items():
                acc = 100.0 * float(correct_count) / n_class_total_pred[classname]
                print(f'Accuracy of {classname:s}: {acc:.3f} %')
                truth.add(**{f"Accuracy of {classname}": acc})
        print(n_class_correct_pred)
        model.train()
    truth.write("the script's test accuracies", libraries=("torch", "scikit-learn"),
                rel=1e-5, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"ramil": run}, root=HELDOUT39)
