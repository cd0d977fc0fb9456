"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as INorICrysis/Website-Fingerprinting-Encrypted-Traffic-
Classification ``train_mlp.py``: every epoch ``Epoch 1/12 - Loss: 1.0734, Test Acc: 0.4400``,
then after an empty line ``Final Test Accuracy (Best Model): 0.8800`` and scikit-learn's
``classification_report(labels, preds, digits=4)`` (the log file the original also writes is left
out). Here: nine synthetic per-flow features of three "pages" (packet counts, byte sums, size
bins), standardised, the original's two-hidden-layer MLP with dropout, Adam, batches of 32, 12
epochs.

Truth: ``Loss`` and ``Test Acc`` at the printed epoch; ``Final Test Accuracy (Best Model)`` at no
step; the report's cells as ``<row>/<column>`` (``accuracy`` for its single cell), the
``support`` counts optional.
"""

from _toy import blobs, report_truth
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import classification_report
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(2025)
    X, y = blobs(n=400, n_features=9, n_classes=3, seed=2025, sep=0.7)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=2025,
                                                        stratify=y)
    scaler = StandardScaler()
    X_train = scaler.fit_transform(X_train).astype(np.float32)
    X_test = scaler.transform(X_test).astype(np.float32)
    train_loader = DataLoader(TensorDataset(torch.tensor(X_train), torch.tensor(y_train)),
                              batch_size=32, shuffle=True)
    test_loader = DataLoader(TensorDataset(torch.tensor(X_test), torch.tensor(y_test)),
                             batch_size=32)
    mlp = nn.Sequential(nn.Linear(9, 128), nn.ReLU(), nn.Dropout(0.3), nn.Linear(128, 64),
                        nn.ReLU(), nn.Dropout(0.2), nn.Linear(64, 3))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(mlp.parameters(), lr=1e-3)

    def evaluate(model):
        model.eval()
        preds, labels = [], []
        with torch.no_grad():
            for xb, yb in test_loader:
                preds.extend(model(xb).argmax(1).tolist())
                labels.extend(yb.tolist())
        return float(np.mean(np.array(preds) == np.array(labels))), preds, labels

    EPOCHS, best_acc, best_state = 12, 0.0, None
    truth = Truth()
    for epoch in range(EPOCHS):
        mlp.train()
        total = 0.0
        for xb, yb in train_loader:
            optimizer.zero_grad()
            loss = criterion(mlp(xb), yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
        loss = total / len(train_loader.dataset)
        acc, _, _ = evaluate(mlp)
        if acc > best_acc:
            best_acc = acc
            best_state = {k: v.clone() for k, v in mlp.state_dict().items()}
        log_line = f"Epoch {epoch+1}/{EPOCHS} - Loss: {loss:.4f}, Test Acc: {acc:.4f}\n"
        print(log_line.strip())
        truth.add(at=epoch + 1, **{"Loss": loss, "Test Acc": acc})
    mlp.load_state_dict(best_state)
    acc, preds, labels = evaluate(mlp)
    print(f"\nFinal Test Accuracy (Best Model): {acc:.4f}")
    truth.add(**{"Final Test Accuracy (Best Model)": acc})
    print(classification_report(labels, preds, digits=4))
    report_truth(truth, labels, preds)
    truth.write("the loop's epoch losses and accuracies and scikit-learn's report",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"webfp": run}, root=HELDOUT48)
