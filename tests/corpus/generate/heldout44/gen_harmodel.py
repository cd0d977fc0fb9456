"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as CheanBotum/Final-HAR-Model ``train.py``: per epoch a tqdm
bar described ``f"Epoch {epoch+1}/{Config.epochs}"`` over the training batches, then
``f"[Epoch {epoch+1}/{Config.epochs}] Train Loss: {epoch_loss:.4f} | Val Loss: {val_loss:.4f} |
Acc: {acc:.4f} | F1: {f1:.4f}"`` (mean batch loss; validation loss, accuracy and macro F1 from
scikit-learn), ``f"Checkpoint saved at {path}"`` when the F1 improved, ``"Early stopping
triggered!"`` after 3 epochs without improvement, and a last checkpoint message. Here: a small
GRU over 8-step sequences made from the rows of sklearn's digit images (the original: a CNN-LSTM
over video frames), label-smoothing loss, Adam with a one-cycle schedule, up to 5 epochs of 8
batches of 32; the plots, TensorBoard writer and JSON dump are left out.

Truth: ``Train Loss``, ``Val Loss``, ``Acc`` and ``F1`` at the printed epoch.
"""

from _toy import batches, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.metrics import accuracy_score, f1_score
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=21, limit=256, n_val=200)
    torch.manual_seed(21)

    class GRUNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.gru = nn.GRU(8, 24, batch_first=True)
            self.fc = nn.Linear(24, 10)

        def forward(self, x):
            _, h = self.gru(x.view(-1, 8, 8))
            return self.fc(h[-1])

    class LabelSmoothingCrossEntropy(nn.Module):
        def forward(self, pred, target, smoothing=0.1):
            log_probs = nn.functional.log_softmax(pred, dim=-1)
            nll = -log_probs.gather(dim=-1, index=target.unsqueeze(1)).squeeze(1)
            return ((1 - smoothing) * nll - smoothing * log_probs.mean(dim=-1)).mean()

    model = GRUNet()
    criterion = LabelSmoothingCrossEntropy()
    epochs = 5
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=1e-5)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.01, steps_per_epoch=8,
                                                    epochs=epochs)
    best_f1, counter, patience = 0, 0, 3
    truth = Truth()
    for epoch in range(epochs):
        model.train()
        running_loss = 0
        train_loader = list(batches(Xtr, ytr, 32, epoch))
        for x, y in tqdm(train_loader, desc=f"Epoch {epoch+1}/{epochs}"):
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=2.0)
            optimizer.step()
            scheduler.step()
            running_loss += loss.item()
        model.eval()
        with torch.no_grad():
            out = model(Xva)
            val_loss = criterion(out, yva).item()
        y_pred = out.argmax(1).numpy()
        acc = accuracy_score(yva.numpy(), y_pred)
        f1 = f1_score(yva.numpy(), y_pred, average='macro')
        epoch_loss = running_loss / len(train_loader)
        print(f"[Epoch {epoch+1}/{epochs}] Train Loss: {epoch_loss:.4f} | Val Loss: "
              f"{val_loss:.4f} | Acc: {acc:.4f} | F1: {f1:.4f}")
        truth.add(at=epoch + 1, **{"Train Loss": epoch_loss, "Val Loss": val_loss, "Acc": acc,
                                   "F1": f1})
        if f1 > best_f1:
            best_f1, counter = f1, 0
            print("Checkpoint saved at results/best_model.pth")
        else:
            counter += 1
        if counter >= patience:
            print("Early stopping triggered!")
            break
    print("Checkpoint saved at results/checkpoint.pth")
    truth.write("the script's epoch losses, accuracy and F1", libraries=("torch", "tqdm",
                "scikit-learn"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"harmodel": run}, root=HELDOUT44)
