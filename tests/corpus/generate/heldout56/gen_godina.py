"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A character LSTM printing as Godina1204/Homework4 ``char_rnn.py``: each epoch ``f"Epoch
{epoch}/{epochs} | train_loss={train_epoch_loss:.4f} | val_loss={val_loss:.4f}"``, then ``Saved
loss_curves.png`` and, for temperatures 0.7, 1.0 and 1.2, ``print("=== Sample (temp=", temp, ")
===")`` followed by 300 sampled characters and a blank line. Here: the script's own toy corpus
(``"hello hello help helo hello world help me hello!"`` repeated), 90/10 split, Embedding ->
LSTM -> Linear, narrowed (emb 16, hidden 32, sequences of 20, 40 repeats, batch 64), 10 epochs;
no plot is drawn.

Truth: ``train_loss`` and ``val_loss`` at the printed epoch.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import random
    import torch
    import torch.nn as nn

    random.seed(12)
    torch.manual_seed(12)
    text = "hello hello help helo hello world help me hello!" * 40
    split = int(0.9 * len(text))
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    seq_len = 20

    def windows(t):
        d = [stoi[c] for c in t]
        xs = torch.tensor([d[i:i + seq_len] for i in range(len(d) - seq_len)])
        ys = torch.tensor([d[i + 1:i + seq_len + 1] for i in range(len(d) - seq_len)])
        return xs, ys

    Xtr, Ytr = windows(text[:split])
    Xva, Yva = windows(text[split:])

    class CharRNN(nn.Module):
        def __init__(self, V):
            super().__init__()
            self.embedding = nn.Embedding(V, 16)
            self.lstm = nn.LSTM(16, 32, 1, batch_first=True)
            self.fc = nn.Linear(32, V)

        def forward(self, x, hidden=None):
            out, hidden = self.lstm(self.embedding(x), hidden)
            return self.fc(out), hidden

    model = CharRNN(len(chars))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    criterion = nn.CrossEntropyLoss()
    truth = Truth()
    epochs = 10
    for epoch in range(1, epochs + 1):
        model.train()
        total, acc_loss = 0, 0.0
        perm = torch.randperm(len(Xtr))
        for i in range(0, len(perm) - 63, 64):
            xb, yb = Xtr[perm[i:i + 64]], Ytr[perm[i:i + 64]]
            optimizer.zero_grad()
            logits, _ = model(xb)
            loss = criterion(logits.view(-1, logits.size(-1)), yb.view(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            acc_loss += float(loss.item()) * xb.size(0)
            total += xb.size(0)
        train_epoch_loss = acc_loss / total
        model.eval()
        with torch.no_grad():
            vtotal, vacc = 0, 0.0
            for i in range(0, len(Xva) - 63, 64):
                xb, yb = Xva[i:i + 64], Yva[i:i + 64]
                logits, _ = model(xb)
                vacc += float(criterion(logits.view(-1, logits.size(-1)), yb.view(-1)).item()) * xb.size(0)
                vtotal += xb.size(0)
            val_loss = vacc / vtotal if vtotal > 0 else 0.0
        print(f"Epoch {epoch}/{epochs} | train_loss={train_epoch_loss:.4f} | val_loss={val_loss:.4f}")
        truth.add(at=epoch, train_loss=train_epoch_loss, val_loss=val_loss)
    print("Saved loss_curves.png")
    for temp in [0.7, 1.0, 1.2]:
        print("=== Sample (temp=", temp, ") ===")
        cur = torch.tensor([[stoi['h']]])
        hidden, out = None, []
        with torch.no_grad():
            for _ in range(300):
                logits, hidden = model(cur, hidden)
                probs = torch.softmax(logits[:, -1, :] / max(1e-8, temp), dim=-1)
                cur = torch.multinomial(probs, num_samples=1)
                out.append(chars[int(cur)])
        print(''.join(out))
        print()
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"godina": run}, root=HELDOUT56)
