"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A three-class image classifier printing as Acelemens/DroneClassification ``train_resnet.py``:
``使用设备: cpu`` ("device used"), then each epoch a tqdm bar ``Epoch {epoch+1}/{epochs}`` over
the batches, ``print(f"Epoch {epoch+1}, Loss: {running_loss/len(train_loader):.4f}")`` and
``print(f"验证准确率：{acc:.2f}%")`` ("validation accuracy", with a full-width colon), and at the
end ``模型已保存为 model.pth`` ("model saved as model.pth"; not saved here). Here: a small CNN
instead of a pretrained ResNet-18, on sklearn's digits 0, 1 and 2 (8x8), Adam 1e-3, 8 epochs.

Truth: ``Loss`` at the printed epoch; ``验证准确率`` (in percent) per epoch, its line stating
no step.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    X, y = load_digits(n_class=3, return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8)
    y = torch.tensor(y)
    torch.manual_seed(17)
    perm = torch.randperm(len(X))
    tr, va = perm[:400], perm[400:]
    train_loader = DataLoader(TensorDataset(X[tr], y[tr]), batch_size=32, shuffle=True)
    val_loader = DataLoader(TensorDataset(X[va], y[va]), batch_size=32, shuffle=False)
    device = torch.device("cpu")
    print(f"使用设备: {device}")
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                          nn.Linear(8 * 16, 3))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    truth = Truth()
    epochs = 8
    for epoch in range(epochs):
        model.train()
        running_loss = 0.0
        for inputs, labels in tqdm(train_loader, desc=f"Epoch {epoch+1}/{epochs}"):
            optimizer.zero_grad()
            loss = criterion(model(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        print(f"Epoch {epoch+1}, Loss: {running_loss/len(train_loader):.4f}")
        truth.add(at=epoch + 1, Loss=running_loss / len(train_loader))
        model.eval()
        correct = total = 0
        with torch.no_grad():
            for inputs, labels in val_loader:
                _, preds = torch.max(model(inputs), 1)
                correct += (preds == labels).sum().item()
                total += labels.size(0)
        acc = correct / total * 100
        print(f"验证准确率：{acc:.2f}%")
        truth.add(**{"验证准确率": acc})
    print("模型已保存为 model.pth")
    truth.write("the script's epoch losses and validation accuracies", libraries=("torch", "tqdm"),
                rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"acedrone": run}, root=HELDOUT60)
