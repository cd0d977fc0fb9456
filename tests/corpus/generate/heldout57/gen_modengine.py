"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch loop printing as zhiyuan8/Pytorch-tutorial ``pytorch-udemy-course/modular/engine.py``
(``train``): a ``tqdm.auto`` bar over the epochs (stderr), and per epoch
``f"Epoch: {epoch+1} | train_loss: {train_loss:.4f} | train_acc: {train_acc:.4f} | test_loss:
{test_loss:.4f} | test_acc: {test_acc:.4f}"`` (losses and accuracies averaged over batches).
Here: a TinyVGG-like CNN on sklearn's 8x8 digits, Adam, 6 epochs.

Truth: ``train_loss``, ``train_acc``, ``test_loss``, ``test_acc`` at the printed epoch.
"""

from _toy import batches, digits
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm.auto import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=25)
    Xtr, Xte = Xtr.view(-1, 1, 8, 8), Xte.view(-1, 1, 8, 8)
    torch.manual_seed(25)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 8, 3, padding=1),
                          nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8 * 16, 10))
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.002)
    truth = Truth()
    epochs = 6
    for epoch in tqdm(range(epochs)):
        model.train()
        train_loss, train_acc, n = 0, 0, 0
        for X, y in batches(Xtr, ytr, 32, epoch):
            y_pred = model(X)
            loss = loss_fn(y_pred, y)
            train_loss += loss.item()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            y_pred_class = torch.argmax(torch.softmax(y_pred, dim=1), dim=1)
            train_acc += (y_pred_class == y).sum().item() / len(y_pred)
            n += 1
        train_loss, train_acc = train_loss / n, train_acc / n
        model.eval()
        test_loss, test_acc, m = 0, 0, 0
        with torch.inference_mode():
            for X, y in batches(Xte, yte, 32, 0):
                logits = model(X)
                test_loss += loss_fn(logits, y).item()
                test_acc += (logits.argmax(dim=1) == y).sum().item() / len(y)
                m += 1
        test_loss, test_acc = test_loss / m, test_acc / m
        print(
            f"Epoch: {epoch+1} | "
            f"train_loss: {train_loss:.4f} | "
            f"train_acc: {train_acc:.4f} | "
            f"test_loss: {test_loss:.4f} | "
            f"test_acc: {test_acc:.4f}"
        )
        truth.add(at=epoch + 1, train_loss=train_loss, train_acc=train_acc,
                  test_loss=test_loss, test_acc=test_acc)
    truth.write("the script's per-epoch batch-averaged loss and accuracy",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"modengine": run}, root=HELDOUT57)
