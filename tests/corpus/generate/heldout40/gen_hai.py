"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as ChallengeThree/hai ``trainer/training.py``,
``trainer/evaluation.py``, ``trainer/train_loop.py`` and ``utils/EarlyStopping.py``: a tqdm bar
over the training batches described ``Epoch [1/3], Train Loss: 2.3013`` after each batch, the
same over the validation batches with ``Valid Loss``, the early-stopping messages
(``  ✅ Validation loss improved. Saving model...`` or ``  ↪️ No improvement. EarlyStopping
counter: 1/5``, decided on the validation log loss, which is not printed; ``delta=0.15``, an
argument of the original class, so that the counter shows) and
``Epoch [1/3], Train Loss: 2.1234, Train Accuracy: 0.3000 Valid Loss: ..., Valid Accuracy: ...``
(no comma before ``Valid``). Here: an MLP on sklearn's digits, Adam, 3 epochs of 3 batches.

Truth: the bars' batch losses (``train/Loss``, ``val/Loss``: the descriptions' leading words
name the phase) and the epoch line's ``train/Loss``, ``train/Accuracy``, ``val/Loss``,
``val/Accuracy``, all at the epoch the ``[i/N]`` prefix states. The early-stopping counter is
no metric.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F
    from sklearn.metrics import log_loss
    from tqdm import tqdm

    truth = Truth()
    Xtr, ytr, Xva, yva, _, _ = digits(seed=3)
    Xtr, ytr = Xtr[:576], ytr[:576]
    model = mlp(seed=3)
    criterion = torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    num_epochs = 3

    class EarlyStopping:
        def __init__(self, patience=5, verbose=True, delta=0.0):
            self.patience, self.verbose, self.delta = patience, verbose, delta
            self.counter, self.best_score, self.early_stop = 0, None, False

        def __call__(self, val_loss, model):
            score = -val_loss
            if self.best_score is None:
                self.best_score = score
                self._save_checkpoint(val_loss, model)
            elif score < self.best_score + self.delta:
                self.counter += 1
                if self.verbose:
                    print(f"  ↪️ No improvement. EarlyStopping counter: {self.counter}/{self.patience}")
                if self.counter >= self.patience:
                    self.early_stop = True
            else:
                self.best_score = score
                self._save_checkpoint(val_loss, model)
                self.counter = 0

        def _save_checkpoint(self, val_loss, model):
            if self.verbose:
                print("  ✅ Validation loss improved. Saving model...")

    def training(model, dataloader, n_train, epoch):
        model.train()
        train_loss, train_accuracy = 0.0, 0
        tbar = tqdm(dataloader)
        for images, labels in tbar:
            outputs = model(images)
            loss = criterion(outputs, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
            _, predicted = torch.max(outputs, 1)
            train_accuracy += (predicted == labels).sum().item()
            tbar.set_description(f"Epoch [{epoch+1}/{num_epochs}], Train Loss: {loss.item():.4f}")
            truth.add(at=epoch + 1, **{"train/Loss": loss.item()})
        return model, train_loss / len(dataloader), train_accuracy / n_train

    def evaluation(model, dataloader, n_val, epoch):
        model.eval()
        valid_loss, valid_accuracy, probs, labels_all = 0.0, 0, [], []
        with torch.no_grad():
            tbar = tqdm(dataloader)
            for images, labels in tbar:
                outputs = model(images)
                loss = criterion(outputs, labels)
                valid_loss += loss.item()
                _, predicted = torch.max(outputs, 1)
                valid_accuracy += (predicted == labels).sum().item()
                probs.extend(F.softmax(outputs.double(), dim=1).numpy())
                labels_all.extend(labels.numpy())
                tbar.set_description(f"Epoch [{epoch+1}/{num_epochs}], Valid Loss: {loss.item():.4f}")
                truth.add(at=epoch + 1, **{"val/Loss": loss.item()})
        val_logloss = log_loss(labels_all, probs, labels=list(range(10)))
        return model, valid_loss / len(dataloader), valid_accuracy / n_val, val_logloss

    early_stopping = EarlyStopping(patience=5, delta=0.15)
    for epoch in range(num_epochs):
        model, train_loss, train_accuracy = training(model, batches(Xtr, ytr, 192, epoch), len(Xtr), epoch)
        model, valid_loss, valid_accuracy, val_logloss = evaluation(
            model, batches(Xva, yva, 150, 0), len(Xva), epoch)
        early_stopping(val_logloss, model)
        print(f"Epoch [{epoch + 1}/{num_epochs}], Train Loss: {train_loss:.4f}, Train Accuracy: {train_accuracy:.4f} Valid Loss: {valid_loss:.4f}, Valid Accuracy: {valid_accuracy:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/Accuracy": train_accuracy,
                                   "val/Loss": valid_loss, "val/Accuracy": valid_accuracy})
        if early_stopping.early_stop:
            print(f"🛑 Early stopping at epoch {epoch + 1}")
            break
    truth.write("the script's batch and epoch losses and accuracies", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"hai": run}, root=HELDOUT40)
