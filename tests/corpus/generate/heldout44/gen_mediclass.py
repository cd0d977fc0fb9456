"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Chauhanjay0912/MediClassify ``train.py`` and
``utils.py``: ``f"Using device: {DEVICE}"``, ``"\\n--- Training Baseline Model ---"``, per epoch
``f'Epoch {epoch+1}/{num_epochs}'``, ``f'Train Loss: {epoch_loss:.4f} Acc: {epoch_acc:.4f}'`` and
``f'Val Loss: {epoch_val_loss:.4f} Acc: {epoch_val_acc:.4f}\\n'``, ``f'Early stopping at epoch
{epoch+1}'`` after ``patience`` epochs without a better validation accuracy, then ``"\\n---
Evaluating Baseline Model ---"``, ``"\\nClassification Report:"`` with scikit-learn's report,
``f"Baseline Model Accuracy: {accuracy:.4f}"`` and ``"Model saved to baseline_model.pth"``.
Here: a small CNN on three digit classes with class weights (the original: a pretrained network
on skin-lesion images), AdamW, up to 8 epochs, patience 2; the confusion-matrix plot is left
out.

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (the lines' leading words name
the phase) at the epoch of the ``Epoch n/N`` line above them; the report's rows
(``zero/precision``, ..., ``accuracy``, ``macro avg/...``, ``weighted avg/...``, supports
optional); ``Baseline Model Accuracy``.
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.metrics import (accuracy_score, classification_report,
                                 precision_recall_fscore_support)

    Xtr, ytr, Xva, yva, _, _ = digits(seed=23)
    keep, keep_va = ytr < 3, yva < 3
    Xtr, ytr, Xva, yva = Xtr[keep][:240], ytr[keep][:240], Xva[keep_va], yva[keep_va]
    classes = ['zero', 'one', 'two']
    print("Using device: cpu")
    print("\n--- Training Baseline Model ---")
    model = cnn(n_out=3, seed=23)
    counts = torch.bincount(ytr, minlength=3).float()
    criterion = nn.CrossEntropyLoss(weight=1.0 / counts)
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.002, weight_decay=0.01)
    num_epochs, patience = 8, 2
    best_val_acc, patience_counter, best_state = 0, 0, None
    truth = Truth()
    for epoch in range(num_epochs):
        print(f'Epoch {epoch+1}/{num_epochs}')
        model.train()
        running_loss, running_corrects = 0.0, 0
        for inputs, labels in batches(Xtr, ytr, 32, epoch):
            optimizer.zero_grad()
            outputs = model(inputs)
            _, preds = torch.max(outputs, 1)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item() * inputs.size(0)
            running_corrects += torch.sum(preds == labels.data)
        epoch_loss = running_loss / len(Xtr)
        epoch_acc = running_corrects.double() / len(Xtr)
        model.eval()
        running_loss, running_corrects = 0.0, 0
        with torch.no_grad():
            for inputs, labels in batches(Xva, yva, 32, 0):
                outputs = model(inputs)
                _, preds = torch.max(outputs, 1)
                running_loss += criterion(outputs, labels).item() * inputs.size(0)
                running_corrects += torch.sum(preds == labels.data)
        epoch_val_loss = running_loss / len(Xva)
        epoch_val_acc = running_corrects.double() / len(Xva)
        print(f'Train Loss: {epoch_loss:.4f} Acc: {epoch_acc:.4f}')
        print(f'Val Loss: {epoch_val_loss:.4f} Acc: {epoch_val_acc:.4f}\n')
        truth.add(at=epoch + 1, **{"train/Loss": epoch_loss, "train/Acc": epoch_acc.item(),
                                   "val/Loss": epoch_val_loss, "val/Acc": epoch_val_acc.item()})
        if epoch_val_acc.item() > best_val_acc:
            best_val_acc = epoch_val_acc.item()
            patience_counter = 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            patience_counter += 1
            if patience_counter >= patience:
                print(f'Early stopping at epoch {epoch+1}')
                model.load_state_dict(best_state)
                break
    print("\n--- Evaluating Baseline Model ---")
    with torch.no_grad():
        all_preds = model(Xva).argmax(1).tolist()
    all_labels = yva.tolist()
    print("\nClassification Report:")
    print(classification_report(all_labels, all_preds, target_names=classes))
    p, r, f, s = precision_recall_fscore_support(all_labels, all_preds)
    for k, name in enumerate(classes):
        truth.add(**{f"{name}/precision": p[k], f"{name}/recall": r[k], f"{name}/f1-score": f[k]})
        truth.allow(**{f"{name}/support": s[k]})
    accuracy = accuracy_score(all_labels, all_preds)
    truth.add(accuracy=accuracy)
    truth.allow(**{"accuracy/support": len(all_labels)})
    for avg in ("macro", "weighted"):
        p, r, f, _ = precision_recall_fscore_support(all_labels, all_preds, average=avg)
        truth.add(**{f"{avg} avg/precision": p, f"{avg} avg/recall": r,
                     f"{avg} avg/f1-score": f})
        truth.allow(**{f"{avg} avg/support": len(all_labels)})
    print(f"Baseline Model Accuracy: {accuracy:.4f}")
    truth.add(**{"Baseline Model Accuracy": accuracy})
    print("Model saved to baseline_model.pth")
    truth.write("the script's epoch losses and accuracies and scikit-learn's report",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"mediclass": run}, root=HELDOUT44)
