"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A note-sequence LSTM printing as Akchhya1108/adaptive_music ``train.py``: each epoch a bare
``for x, y in tqdm(dl)`` bar (no description, no postfix) on stderr, then
``print(f"Epoch {e+1}/{EPOCHS}, Loss={total/len(dl):.4f}")``, and at the end
``✅ Model saved to music_model.pt`` (not saved here). Here: an embedding + LSTM + linear
next-note model on note sequences drawn from a small Markov chain (24 notes), Adam at 5e-3 (the
script's 1e-3 moves little in 14 epochs), 14 epochs of 16 batches.

Truth: ``Loss`` (the epoch's mean batch loss) at the printed epoch.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    rng = np.random.default_rng(11)
    vocab, seq_len, n_seq = 24, 16, 1024
    trans = rng.dirichlet(np.full(vocab, 0.3), size=vocab)
    seqs = np.zeros((n_seq, seq_len + 1), dtype=np.int64)
    seqs[:, 0] = rng.integers(vocab, size=n_seq)
    for t in range(seq_len):
        for i in range(n_seq):
            seqs[i, t + 1] = rng.choice(vocab, p=trans[seqs[i, t]])
    ds = TensorDataset(torch.tensor(seqs[:, :-1]), torch.tensor(seqs[:, -1]))
    torch.manual_seed(11)
    dl = DataLoader(ds, batch_size=64, shuffle=True)

    class MusicLSTM(nn.Module):
        def __init__(self, vocab_size, emb=32, hidden=64):
            super().__init__()
            self.emb = nn.Embedding(vocab_size, emb)
            self.lstm = nn.LSTM(emb, hidden, batch_first=True)
            self.fc = nn.Linear(hidden, vocab_size)

        def forward(self, x, h=None):
            out, h = self.lstm(self.emb(x), h)
            return self.fc(out[:, -1]), h

    model = MusicLSTM(vocab_size=vocab)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3 * 5)
    truth = Truth()
    EPOCHS = 14
    for e in range(EPOCHS):
        total = 0
        for x, y in tqdm(dl):
            logits, _ = model(x)
            loss = F.cross_entropy(logits, y)
            opt.zero_grad(); loss.backward(); opt.step()
            total += loss.item()
        print(f"Epoch {e+1}/{EPOCHS}, Loss={total/len(dl):.4f}")
        truth.add(at=e + 1, Loss=total / len(dl))
    print("✅ Model saved to music_model.pt")
    truth.write("the script's epoch mean losses", libraries=("torch", "tqdm"), rel=1e-5,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"akchmusic": run}, root=HELDOUT60)
