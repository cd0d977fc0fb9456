"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A CNN trained and printed as shinjitsue/fashion-mnist-cnn-pytorch ``train.py`` (``train`` and
``validate``): ``Training on: cpu``, the sample counts, per epoch a ``tqdm`` bar described
``Epoch 1/2 [Training]`` with ``set_postfix({'Loss': '0.1234', 'Avg Loss': '0.2345'})`` each
batch, a bar ``Epoch 1 [Validation]`` with ``{'Accuracy': '85.33%'}``, then ``Epoch 1: Train
Loss: 0.2345, Val Acc: 85.33%``, the early-stopping check (patience 5) and ``Model saved to
...``. Here: a small CNN on sklearn's digits (8x8 instead of Fashion-MNIST), Adam(lr=0.001),
ReduceLROnPlateau(mode='max'), batch 300 (4 training batches, 1 validation batch), 2 epochs;
no file is written (the best weights are kept in memory).

Truth: the bars' postfix values, each drawn state once (``set_postfix`` redraws at once):
``train/Loss`` and ``train/Avg Loss`` (the description names the training phase), and
``val/Accuracy`` (``[Validation]``), at the epoch the description states; the epoch line's
``Train Loss`` and ``Val Acc`` at its epoch. Optional: the sample counts.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import batches, digits
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import copy

    import torch
    import torch.nn as nn
    import torch.optim as optim
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=12)
    torch.manual_seed(12)
    device = torch.device("cpu")
    truth = Truth()
    print(f"Training on: {device}")
    print(f"Training samples: {len(Xtr)}")
    print(f"Testing samples: {len(Xte)}")
    truth.allow(**{"Training samples": len(Xtr), "Testing samples": len(Xte)})

    class FashionCNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
                                          nn.MaxPool2d(2), nn.Conv2d(16, 32, 3, padding=1),
                                          nn.ReLU(), nn.MaxPool2d(2))
            self.classifier = nn.Sequential(nn.Flatten(), nn.Dropout(0.25), nn.Linear(128, 10))

        def forward(self, x):
            return self.classifier(self.features(x.view(-1, 1, 8, 8)))

    model = FashionCNN().to(device)
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    scheduler = optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='max', factor=0.5,
                                                     patience=2)
    NUM_EPOCHS, BATCH_SIZE = 2, 300
    best_val_accuracy, early_stopping_counter, early_stopping_patience = 0, 0, 5
    best_state = None

    def validate(epoch):
        model.eval()
        correct = total = 0
        test_loader = list(batches(Xte, yte, BATCH_SIZE, 0))
        val_pbar = tqdm(enumerate(test_loader), total=len(test_loader),
                        desc=f"Epoch {epoch+1} [Validation]")
        with torch.no_grad():
            for batch_idx, (data, target) in val_pbar:
                _, predicted = torch.max(model(data).data, 1)
                total += target.size(0)
                correct += (predicted == target).sum().item()
                current_acc = 100 * correct / total
                val_pbar.set_postfix({'Accuracy': f'{current_acc:.2f}%'})
                truth.add(at=epoch + 1, **{"val/Accuracy": current_acc})
        return 100 * correct / total

    for epoch in range(NUM_EPOCHS):
        model.train()
        running_loss = 0.0
        train_loader = list(batches(Xtr, ytr, BATCH_SIZE, epoch))
        train_pbar = tqdm(enumerate(train_loader), total=len(train_loader),
                          desc=f"Epoch {epoch+1}/{NUM_EPOCHS} [Training]")
        for batch_idx, (data, target) in train_pbar:
            optimizer.zero_grad()
            loss = criterion(model(data), target)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            train_pbar.set_postfix({'Loss': f'{loss.item():.4f}',
                                    'Avg Loss': f'{running_loss/(batch_idx+1):.4f}'})
            truth.add(at=epoch + 1, **{"train/Loss": loss.item(),
                                       "train/Avg Loss": running_loss / (batch_idx + 1)})
        avg_train_loss = running_loss / len(train_loader)
        val_accuracy = validate(epoch)
        scheduler.step(val_accuracy)
        if val_accuracy > best_val_accuracy:
            best_val_accuracy = val_accuracy
            early_stopping_counter = 0
            best_state = copy.deepcopy(model.state_dict())
        else:
            early_stopping_counter += 1
        print(f"Epoch {epoch+1}: Train Loss: {avg_train_loss:.4f}, Val Acc: {val_accuracy:.2f}%")
        truth.add(at=epoch + 1, **{"Train Loss": avg_train_loss, "Val Acc": val_accuracy})
        if early_stopping_counter >= early_stopping_patience:
            print(f"Early stopping triggered after {epoch+1} epochs")
            break
    model.load_state_dict(best_state)
    print(f"Model saved to models/fashion_cnn_main.pth")
    truth.write("the loop's batch losses, running means and accuracies",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"fashioncnn": run}, root=HELDOUT53)
