"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as CAU-NLP-NER/IMDB_Classifier ``train_test.py``
(``run_train``): after each epoch two tab-indented lines, ``f'\\tTrain Loss: {train_loss:.3f} |
Train Acc: {train_acc * 100:.2f}%'`` and ``f'\\t Val. Loss: {valid_loss:.3f} |  Val. Acc:
{valid_acc * 100:.2f}%'`` (batch-mean loss and accuracy), nothing else. Here: a GRU classifier
on synthetic token sequences (the label is whether token 3 occurs more often than token 7),
Adam, 8 epochs.

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (``Val.`` is the validation
phase), no step (the lines state none).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(14)
    n, L, V = 640, 12, 10
    X = torch.randint(0, V, (n, L))
    y = ((X == 3).sum(1) > (X == 7).sum(1)).float()
    train = [(X[i:i + 32], y[i:i + 32]) for i in range(0, 512, 32)]
    valid = [(X[i:i + 64], y[i:i + 64]) for i in range(512, n, 64)]

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 16)
            self.rnn = nn.GRU(16, 16, batch_first=True)
            self.fc = nn.Linear(16, 1)

        def forward(self, t):
            _, h = self.rnn(self.emb(t))
            return self.fc(h[-1]).squeeze(1)

    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    criterion = nn.BCEWithLogitsLoss()

    def accuracy(preds, target):
        return ((preds > 0).float() == target).float().mean()

    truth = Truth()
    for epoch in range(8):
        model.train()
        epoch_loss = epoch_acc = 0
        for text, label in train:
            optimizer.zero_grad()
            predictions = model(text)
            loss = criterion(predictions, label)
            acc = accuracy(predictions, label)
            loss.backward()
            optimizer.step()
            epoch_loss += loss.item()
            epoch_acc += acc.item()
        train_loss, train_acc = epoch_loss / len(train), epoch_acc / len(train)
        model.eval()
        epoch_loss = epoch_acc = 0
        with torch.no_grad():
            for text, label in valid:
                predictions = model(text)
                epoch_loss += criterion(predictions, label).item()
                epoch_acc += accuracy(predictions, label).item()
        valid_loss, valid_acc = epoch_loss / len(valid), epoch_acc / len(valid)
        print(f'\tTrain Loss: {train_loss:.3f} | Train Acc: {train_acc * 100:.2f}%')
        print(f'\t Val. Loss: {valid_loss:.3f} |  Val. Acc: {valid_acc * 100:.2f}%')
        truth.add(**{"train/Loss": train_loss, "train/Acc": train_acc * 100})
        truth.add(**{"val/Loss": valid_loss, "val/Acc": valid_acc * 100})
    truth.write("the script's epoch mean losses and accuracies", libraries=("torch",), rel=1e-3,
                abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"imdblstm": run}, root=HELDOUT38)
