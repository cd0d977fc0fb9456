"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as the kept runs of laendoor/unq-ia-cats-dogs
``output/dataset.1500_epoch.100_padding.edge.md`` (its cats-and-dogs trainer ``gato.py``): a
``--- Configuración inicial ---`` block of ``Name        : value`` lines and two print-separated
lines ``epochs  100`` and ``show every  20``, ``--- Entrenamiento ---``, every ``show every``
epochs ``20% Epoch 20: loss entrenamiento=0.0088, loss validación=0.0095, exactitud=45.6667%``
(the progress percentage first), ``--- Resultados ---`` with ``Accuracy  : 0.5867``,
``Precision : ...``, ``Recall    : ...``, ``F1        : ...`` and ``Matriz de confusión`` with
the NumPy matrix. Here: threes against eights of sklearn's digits (8x8 px), a small MLP, SGD, 50
epochs shown every 5, pixels noised so that it is
not learnt at once, the batch losses summed over the data set's size (values as small as the
original's).

Truth: ``loss entrenamiento``, ``loss validación``, ``exactitud`` (percent) at the printed epoch
(Spanish words: no phase prefix); the test-split ``Accuracy``, ``Precision``, ``Recall``,
``F1`` without step. The configuration block and the two print lines are ``params``; the
progress percentage and the confusion matrix are no metrics.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score

    truth = Truth()
    X, y = load_digits(return_X_y=True)
    keep = (y == 3) | (y == 8)
    rng = np.random.default_rng(1)
    X, y = X[keep] / 16.0, (y[keep] == 8).astype(np.int64)
    X = X + rng.normal(scale=0.6, size=X.shape)
    idx = rng.permutation(len(X))
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    n = len(X)
    n_tr, n_te = int(0.7 * n), int(0.2 * n)
    n_va = n - n_tr - n_te
    Xtr, ytr = X[:n_tr], y[:n_tr]
    Xte, yte = X[n_tr:n_tr + n_te], y[n_tr:n_tr + n_te]
    Xva, yva = X[n_tr + n_te:], y[n_tr + n_te:]
    epochs, batch_size, show_every = 50, 84, 5
    config = {"Epochs": epochs, "Batch Size": batch_size, "Dataset": n,
              "Dataset path": f"train_{n}/", "Train": f"70% ({n_tr})", "Test": f"20% ({n_te})",
              "Validation": f"10% ({n_va})", "Img padding": "edge", "Img size": "8x8 px"}
    print("--- Configuración inicial ---")
    for k, v in config.items():
        print(f"{k:<12}: {v}")
    print("epochs ", epochs)
    print("show every ", show_every)
    print("\n--- Entrenamiento ---")
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, 2))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.02)
    for epoch in range(1, epochs + 1):
        model.train()
        running = 0.0
        order = torch.randperm(n_tr)
        for i in range(0, n_tr, batch_size):
            j = order[i:i + batch_size]
            optimizer.zero_grad()
            loss = criterion(model(Xtr[j]), ytr[j])
            loss.backward()
            optimizer.step()
            running += loss.item()
        if epoch % show_every == 0:
            model.eval()
            with torch.no_grad():
                out = model(Xva)
                val_loss = criterion(out, yva).item() / n_va
                acc = 100.0 * (out.argmax(1) == yva).float().mean().item()
            train_loss = running / n_tr
            print(f"{100 * epoch // epochs}% Epoch {epoch}: loss entrenamiento={train_loss:.4f}, "
                  f"loss validación={val_loss:.4f}, exactitud={acc:.4f}%")
            truth.add(at=epoch, **{"loss entrenamiento": train_loss, "loss validación": val_loss,
                                   "exactitud": acc})
    print("\n--- Resultados ---")
    with torch.no_grad():
        pred = model(Xte).argmax(1).numpy()
    res = {"Accuracy": accuracy_score(yte, pred), "Precision": precision_score(yte, pred),
           "Recall": recall_score(yte, pred), "F1": f1_score(yte, pred)}
    for k, v in res.items():
        print(f"{k:<10}: {v:.4f}")
        truth.add(**{k: v})
    print("Matriz de confusión\n", confusion_matrix(yte, pred))
    params = {k: v for k, v in config.items()}
    params.update({"epochs": epochs, "show every": show_every})
    truth.write("the script's epoch losses and accuracy and scikit-learn's test scores",
                libraries=("torch", "scikit-learn"), params=params, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"laendoor": run}, root=HELDOUT40)
