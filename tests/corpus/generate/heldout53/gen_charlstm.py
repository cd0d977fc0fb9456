"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A character LSTM trained and printed as vijaygkd/char-rnn ``train/train.py`` (``train``): a
``tqdm`` bar over the epochs (``leave=False``, on stderr, no description), and every 100 epochs
``-----------------``, ``Epoch: 0 | Loss: <np.mean of the batch losses>`` and, with validation
data, ``Epoch: 0 | Val Loss: ...``, ``<Target>: ...`` and ``<Prediction>: ...`` (a validation
string and the model's argmax characters). Here: an LSTM (embedding 16, hidden 32) on a text
from a small word Markov chain, one training and one validation batch of 8 strings of 24
characters, Adam(lr=0.01), 600 epochs (the default is 1000).

Truth: ``Loss`` and ``Val Loss`` at the printed epoch (the means printed unformatted: tight
tolerance). The bar carries no metric.
"""

from _toy import markov_text
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    text = markov_text(n_chars=800, seed=7)
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}

    def char_idx_to_str(idx):
        return ''.join(chars[int(i)] for i in idx)

    def make_batches(start, n, seq):
        xs, ys = [], []
        for k in range(n):
            s = start + k * (seq + 1)
            chunk = [stoi[c] for c in text[s:s + seq + 1]]
            xs.append(chunk[:-1])
            ys.append(chunk[1:])
        return [(torch.tensor(xs), torch.tensor(ys))]

    train_dataloader = make_batches(0, 8, 24)
    val_dataloader = make_batches(400, 8, 24)
    torch.manual_seed(7)

    class LSTM(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(len(chars), 16)
            self.lstm = nn.LSTM(16, 32, batch_first=True)
            self.out = nn.Linear(32, len(chars))

        def forward(self, x):
            h, _ = self.lstm(self.emb(x))
            return self.out(h)

    model = LSTM()
    xe_loss = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    truth = Truth()
    epochs = 600

    def train_batch(x, y):
        model.train()
        optimizer.zero_grad()
        loss = xe_loss(model(x).permute((0, 2, 1)), y)
        loss.backward()
        optimizer.step()
        return loss

    def test_batch(x, y):
        model.eval()
        with torch.no_grad():
            return xe_loss(model(x).permute((0, 2, 1)), y)

    for epoch in tqdm(range(epochs + 1), leave=False):
        train_loss = []
        for X, Y in train_dataloader:
            train_loss.append(train_batch(X, Y).item())
        if epoch % 100 == 0:
            print('-----------------')
            print(f'Epoch: {epoch} | Loss: {np.mean(train_loss)}')
            truth.add(at=epoch, Loss=np.mean(train_loss))
            val_loss = []
            for X_val, Y_val in val_dataloader:
                val_loss.append(test_batch(X_val, Y_val).item())
            x_sample = X_val[0]
            print(f'Epoch: {epoch} | Val Loss: {np.mean(val_loss)}')
            truth.add(at=epoch, **{"Val Loss": np.mean(val_loss)})
            print(f'<Target>: {char_idx_to_str(x_sample)}')
            with torch.no_grad():
                pred = model(X_val[:1]).argmax(dim=-1)[0]
            print(f'<Prediction>: {char_idx_to_str(pred)}')
    truth.write("the script's mean batch losses", libraries=("torch", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"charlstm": run}, root=HELDOUT53)
