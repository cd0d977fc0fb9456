"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ChayanBanga/cifar10-cnn ``train.py``: a tqdm bar per
epoch described ``f"Epoch {epoch+1:02d}"`` whose postfix is set each batch to
``loss=f"{loss.item():.4f}"`` and ``acc=f"{100 * correct / ((loop.n+1) * 128):.2f}%"`` (the
running accuracy, with the batch size as the script hard-codes it), then
``f"Epoch {epoch+1:02d} done | Acc: {...:.2f}%"`` and at the end ``f"Test Accuracy: {...:.2f}%"``.
Here: a small CNN on sklearn's digits, Adam, 2 epochs of 5 batches of 128 (the last one short).

Truth: the bar's ``loss`` and ``acc`` (percent) at each postfix state, at the epoch its
description states; ``Acc`` at the epoch of its line; ``Test Accuracy`` without step.
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=4, limit=600)
    model = cnn(seed=4)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.003)
    truth = Truth()
    for epoch in range(2):
        model.train()
        total_loss, correct = 0, 0
        loop = tqdm(list(batches(Xtr, ytr, 128, epoch)), desc=f"Epoch {epoch+1:02d}")
        for images, labels in loop:
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            correct += (outputs.argmax(1) == labels).sum().item()
            acc = 100 * correct / ((loop.n + 1) * 128)
            loop.set_postfix(loss=f"{loss.item():.4f}", acc=f"{acc:.2f}%")
            truth.add(at=epoch + 1, loss=loss.item(), acc=acc)
        epoch_acc = 100 * correct / len(Xtr)
        print(f"Epoch {epoch+1:02d} done | Acc: {epoch_acc:.2f}%")
        truth.add(at=epoch + 1, Acc=epoch_acc)
    model.eval()
    with torch.no_grad():
        correct = (model(Xte).argmax(1) == yte).sum().item()
    test_acc = 100 * correct / len(Xte)
    print(f"Test Accuracy: {test_acc:.2f}%")
    truth.add(**{"Test Accuracy": test_acc})
    truth.write("the script's batch losses and running/epoch/test accuracies",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"chayan": run}, root=HELDOUT44)
