"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ChefParsa/my-first-deep-learning-project ``train.py``:
``"Running on CPU"``, per epoch ``f'Epoch [{epoch + 1}/{epochs}], ' f'Train Loss: {...:.4f},
Train Accuracy: {...:.4f}, ' f'Test Loss: {...:.4f}, Test Accuracy: {...:.4f}'`` (the
accuracies are means of per-batch accuracies rounded to 3 decimals), ``f"beast accuracy till
now is : {best_accuracy}"`` (unformatted) when the test accuracy improved, ``f"early stop at
epoch: {epoch + 1}"`` from its early stopper, and at the end ``print(metrics)``, a dict of
per-class TP/FP/FN counts. Here: a CNN on four digit classes (one-hot labels, as the original's
four classes), Adam, up to 12 epochs, patience 2, min_delta 0.05 (the original: 50, 10, 0.008).

Truth: ``Train Loss``, ``Train Accuracy``, ``Test Loss``, ``Test Accuracy`` at the printed
epoch; the best accuracy optional (a best-so-far repeat). The counts are no metrics.
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, Xte, yte = digits(seed=13)
    keep, keep_te = ytr < 4, yte < 4
    Xtr, ytr, Xte, yte = Xtr[keep][:320], ytr[keep][:320], Xte[keep_te], yte[keep_te]
    onehot = lambda y: torch.eye(4)[y]  # noqa: E731
    print("Running on CPU")
    num_recognition = cnn(n_out=4, seed=13)
    optimizer = torch.optim.Adam(num_recognition.parameters(), lr=0.01)
    loss_function = nn.CrossEntropyLoss()
    epochs, patience, min_delta = 12, 2, 0.05
    best_loss, counter = None, 0
    best_accuracy = -1
    truth = Truth()

    def calculate_accuracy(output, labels):
        comparision = torch.argmax(output, dim=1) == torch.argmax(labels, dim=1)
        return round(comparision.sum().item() / comparision.numel(), 3)

    for epoch in range(epochs):
        num_recognition.train()
        tr_acc = tr_loss = 0
        train_loader = list(batches(Xtr, ytr, 32, epoch))
        for images, labels in train_loader:
            labels = onehot(labels)
            num_recognition.zero_grad()
            output = num_recognition(images)
            loss = loss_function(output, labels)
            tr_loss += loss.item()
            tr_acc += calculate_accuracy(output, labels)
            loss.backward()
            optimizer.step()
        train_loss, train_accuracy = tr_loss / len(train_loader), tr_acc / len(train_loader)
        num_recognition.eval()
        te_loss = te_acc = 0.0
        test_loader = list(batches(Xte, yte, 32, 0))
        with torch.no_grad():
            for images, labels in test_loader:
                labels = onehot(labels)
                outputs = num_recognition(images)
                te_loss += loss_function(outputs, labels).item()
                te_acc += calculate_accuracy(outputs, labels)
        test_loss, test_accuracy = te_loss / len(test_loader), te_acc / len(test_loader)
        print(f'Epoch [{epoch + 1}/{epochs}], '
              f'Train Loss: {train_loss:.4f}, Train Accuracy: {train_accuracy:.4f}, '
              f'Test Loss: {test_loss:.4f}, Test Accuracy: {test_accuracy:.4f}')
        truth.add(at=epoch + 1, **{"Train Loss": train_loss, "Train Accuracy": train_accuracy,
                                   "Test Loss": test_loss, "Test Accuracy": test_accuracy})
        if test_accuracy > best_accuracy:
            best_accuracy = test_accuracy
            print(f"beast accuracy till now is : {best_accuracy}")
            truth.allow(**{"beast accuracy till now is": best_accuracy})
        if best_loss is None:
            best_loss = test_loss
        elif test_loss < best_loss - min_delta:
            best_loss, counter = test_loss, 0
        else:
            counter += 1
            if counter >= patience:
                print(f"early stop at epoch: {epoch + 1}")
                break
    metrics = {k: {"TP": 0, "FP": 0, "FN": 0} for k in range(1, 5)}
    with torch.no_grad():
        predicted = num_recognition(Xte).argmax(1)
    for p, t in zip(predicted.tolist(), yte.tolist()):
        if p == t:
            metrics[p + 1]["TP"] += 1
        else:
            metrics[p + 1]["FP"] += 1
            metrics[t + 1]["FN"] += 1
    print(metrics)
    truth.write("the script's epoch losses and accuracies", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"chefparsa": run}, root=HELDOUT44)
