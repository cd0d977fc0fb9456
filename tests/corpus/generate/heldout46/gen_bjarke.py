"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as BjarkeKarlsen/Deep-Learning-for-Visual-Recognition
``src/train.py``: a ``TRAINING MODE`` banner between ``=`` rules with the sample counts and
batch size, a tqdm bar per epoch described ``Epoch {e}/{EPOCHS}`` with ``set_postfix({'loss':
f'{loss.item():.3f}'})`` each batch, then ``Epoch {e}: Train Loss: {:.4f}, Train Acc: {:.1f}%,
Val Acc: {:.1f}%``, ``Saved best model (val_acc: {:.1f}%)`` when it improved, and ``Training
complete! Best validation: {:.1f}%``. The original's ``print_gpu_info`` (not read) is left out.
Here: a small CNN on sklearn's digits (real vs. fake stands in as "digit < 5"), 3 epochs of
5 batches.

Truth: the bar's ``loss`` each batch at the epoch its description names (each postfix state
once: ``set_postfix`` redraws immediately); ``Train Loss``, ``Train Acc``, ``Val Acc`` at the
printed epoch; ``Best validation`` with no step. The ``Saved best model`` value repeats the
epoch's ``Val Acc``: optional. Printed settings are params.
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=5, n_val=200)
    Xtr, ytr = Xtr[:640].view(-1, 1, 8, 8), (ytr[:640] < 5).long()
    Xva, yva = Xva.view(-1, 1, 8, 8), (yva < 5).long()
    BATCH_SIZE, EPOCHS, TRAIN_SAMPLES, VAL_SAMPLES = 128, 3, len(Xtr), len(Xva)
    print("=" * 60)
    print("TRAINING MODE")
    print("=" * 60)
    print(f"Train samples: {TRAIN_SAMPLES}, Val samples: {VAL_SAMPLES}")
    print(f"Batch size: {BATCH_SIZE}, Epochs: {EPOCHS}")
    print("=" * 60)
    torch.manual_seed(5)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(8 * 16, 2))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    best_val_acc = 0
    truth = Truth()
    for epoch in range(EPOCHS):
        model.train()
        train_loss, train_correct, train_total = 0, 0, 0
        g = torch.Generator().manual_seed(epoch)
        order = torch.randperm(len(Xtr), generator=g)
        loader = [(Xtr[order[i:i + BATCH_SIZE]], ytr[order[i:i + BATCH_SIZE]])
                  for i in range(0, len(Xtr), BATCH_SIZE)]
        pbar = tqdm(loader, desc=f"Epoch {epoch+1}/{EPOCHS}")
        for images, labels in pbar:
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
            _, predicted = torch.max(outputs, 1)
            train_total += labels.size(0)
            train_correct += (predicted == labels).sum().item()
            pbar.set_postfix({'loss': f'{loss.item():.3f}'})
            truth.add(at=epoch + 1, loss=loss.item())
        model.eval()
        with torch.no_grad():
            _, predicted = torch.max(model(Xva), 1)
            val_correct, val_total = (predicted == yva).sum().item(), len(yva)
        train_acc = 100 * train_correct / train_total
        val_acc = 100 * val_correct / val_total
        print(f"Epoch {epoch+1}: Train Loss: {train_loss/len(loader):.4f}, "
              f"Train Acc: {train_acc:.1f}%, Val Acc: {val_acc:.1f}%")
        truth.add(at=epoch + 1, **{"Train Loss": train_loss / len(loader),
                                   "Train Acc": train_acc, "Val Acc": val_acc})
        if val_acc > best_val_acc:
            best_val_acc = val_acc
            print(f"Saved best model (val_acc: {val_acc:.1f}%)")
            truth.allow(**{"Saved best model (val_acc": val_acc, "val_acc": val_acc})
    print(f"\nTraining complete! Best validation: {best_val_acc:.1f}%")
    truth.add(**{"Best validation": best_val_acc})
    truth.write("the script's batch losses, epoch means and accuracies",
                libraries=("torch", "tqdm"),
                params={"Train samples": TRAIN_SAMPLES, "Val samples": VAL_SAMPLES,
                        "Batch size": BATCH_SIZE, "Epochs": EPOCHS},
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"bjarke": run}, root=HELDOUT46)
