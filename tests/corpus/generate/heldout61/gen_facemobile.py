"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A classifier fine-tuning loop printing as 121140119Qaessar/TubesDL_okgas ``train_cnn.py``: a tqdm
bar per epoch with the description ``f"Epoch {epoch+1}/{args.epochs}"`` and
``loop.set_postfix(loss=loss.item())`` after each batch, then ``f"Validation accuracy:
{acc:.4f}"``, and at the end ``print("Training finished. Best val acc:", best_acc)``. Here: an
MLP on sklearn's digits, Adam at 1e-3, 3 epochs of batches of 128.

Truth: ``loss``, once per postfix state (each batch sets a new one; tqdm shows it with three
significant digits), at the epoch the bar's description prints; ``val/accuracy`` at its epoch
(no step on the line: the bar above it names the epoch, but the line itself states none, so
none). ``Best val acc`` is a best-so-far: optional.
"""

from _toy import batches, digits, evaluate, mlp
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=12)
    model = mlp(seed=12)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    truth = Truth()
    epochs = 3
    best_acc = 0.0
    for epoch in range(epochs):
        model.train()
        loop = tqdm(list(batches(Xtr, ytr, 128, epoch)), desc=f"Epoch {epoch+1}/{epochs}")
        for imgs, labels in loop:
            loss = criterion(model(imgs), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loop.set_postfix(loss=loss.item())
            truth.add(at=epoch + 1, loss=loss.item())
        model.eval()
        _, acc, _ = evaluate(model, Xva, yva)
        print(f"Validation accuracy: {acc:.4f}")
        truth.add(**{"val/accuracy": acc})
        if acc > best_acc:
            best_acc = acc
    print("Training finished. Best val acc:", best_acc)
    truth.allow(**{"Best val acc": best_acc})
    truth.write("the loop's batch losses (tqdm postfix) and validation accuracies",
                libraries=("torch", "tqdm"), rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"facemobile": run}, root=HELDOUT61)
