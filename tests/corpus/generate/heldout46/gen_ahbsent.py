"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ahb7/NLP_Projects
``SentimentAnalysisUsingRNN/SentimentAnalysis_LSTM.py``: the data shapes, the model's repr,
then per epoch ``Epoch {n}``, ``train_loss : {mean} val_loss : {mean}`` and
``train_accuracy : {acc*100} val_accuracy : {acc*100}`` (unformatted NumPy floats), a rule of
``==``, ``Saving model...`` and ``Final prediction on the Test dataset => Accuracy : ...``.
Here: a two-layer LSTM over synthetic token sequences whose label depends on two marker
tokens, 5 epochs, batches of 32 with ``drop_last`` (so the accuracies divide by the full
dataset size, as in the original).

Truth: ``train_loss``, ``val_loss``, ``train_accuracy``, ``val_accuracy`` at the epoch of the
``Epoch n`` line above them; the final test accuracy as ``Accuracy`` (the line's leading
words name no phase word first), no step.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(7)
    rng = np.random.default_rng(7)
    vocab, length = 40, 24

    def make(n):
        x = rng.integers(3, vocab, size=(n, length))
        y = rng.integers(0, 2, size=n)
        for i in range(n):
            pos = rng.choice(length, size=2, replace=False)
            x[i, pos] = 1 if y[i] else 2
        return torch.tensor(x), torch.tensor(y)

    X_train, y_train = make(640)
    X_val, y_val = make(160)
    X_test, y_test = make(160)
    print(f'shape of train data is {tuple(X_train.shape)}')
    print(f'shape of test data is {tuple(X_test.shape)}')
    print(f'shape of val data is {tuple(X_val.shape)}')

    class SentimentLSTM(nn.Module):
        def __init__(self, no_layers, vocab_size, hidden_dim, embedding_dim, drop_prob=0.5):
            super().__init__()
            self.hidden_dim, self.no_layers = hidden_dim, no_layers
            self.embedding = nn.Embedding(vocab_size, embedding_dim)
            self.lstm = nn.LSTM(input_size=embedding_dim, hidden_size=hidden_dim,
                                num_layers=no_layers, batch_first=True)
            self.dropout = nn.Dropout(drop_prob)
            self.fc = nn.Linear(hidden_dim, 1)
            self.sig = nn.Sigmoid()

        def forward(self, x):
            out, _ = self.lstm(self.embedding(x))
            return self.sig(self.fc(self.dropout(out[:, -1]))).squeeze(1)

    model = SentimentLSTM(2, vocab, 32, 16, 0.2)
    print(model)
    criterion = nn.BCELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.005)
    bs = 32

    def loader(X, y, shuffle_seed=None):
        idx = torch.randperm(len(X), generator=torch.Generator().manual_seed(shuffle_seed)) \
            if shuffle_seed is not None else torch.arange(len(X))
        for i in range(0, len(X) - bs + 1, bs):
            j = idx[i:i + bs]
            yield X[j], y[j]

    def acc(pred, label):
        return torch.sum(torch.round(pred) == label).item()

    truth = Truth()
    for epoch in range(5):
        train_losses, train_acc = [], 0.0
        model.train()
        for inputs, labels in loader(X_train, y_train, epoch):
            optimizer.zero_grad()
            output = model(inputs)
            loss = criterion(output, labels.float())
            loss.backward()
            train_losses.append(loss.item())
            train_acc += acc(output, labels)
            nn.utils.clip_grad_norm_(model.parameters(), 5)
            optimizer.step()
        val_losses, val_acc = [], 0.0
        model.eval()
        with torch.no_grad():
            for inputs, labels in loader(X_val, y_val, 100 + epoch):
                output = model(inputs)
                val_losses.append(criterion(output, labels.float()).item())
                val_acc += acc(output, labels)
        epoch_train_loss = np.mean(train_losses)
        epoch_val_loss = np.mean(val_losses)
        epoch_train_acc = train_acc / len(X_train)
        epoch_val_acc = val_acc / len(X_val)
        print(f'Epoch {epoch+1}')
        print(f'train_loss : {epoch_train_loss} val_loss : {epoch_val_loss}')
        print(f'train_accuracy : {epoch_train_acc*100} val_accuracy : {epoch_val_acc*100}')
        print(25 * '==')
        truth.add(at=epoch + 1, train_loss=epoch_train_loss, val_loss=epoch_val_loss,
                  train_accuracy=epoch_train_acc * 100, val_accuracy=epoch_val_acc * 100)
    print('Saving model...')
    test_acc = 0.0
    model.eval()
    with torch.no_grad():
        for inputs, labels in loader(X_test, y_test, 999):
            test_acc += acc(model(inputs), labels)
    final_test_acc = test_acc / len(X_test)
    print(f'\nFinal prediction on the Test dataset => Accuracy : {final_test_acc*100}')
    truth.add(Accuracy=final_test_acc * 100)
    truth.write("the script's epoch means and accuracies, printed unformatted",
                libraries=("torch", "numpy"), rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"ahbsent": run}, root=HELDOUT46)
