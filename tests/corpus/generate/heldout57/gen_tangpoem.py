"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch character LSTM trained sequence by sequence, printing as Wei10142004/deep-learning-
homework ``作业3/tangshi_for_pytorch/main.py``: ``Using device: cpu``, ``finish loading data, vocab
size: 31``, and for every batch the first sequence's ``prediction [...]`` and ``b_y        [...]``
(Python lists of token ids), a rule of 30 ``*``, then ``print("epoch", epoch, 'batch number',
batch, "loss is:", loss.data.tolist())`` (print's spaces, the mean NLL unformatted) and, every
20th batch, ``finish save model``. Here: 120 synthetic "poems" drawn from a Markov chain over 28
Chinese characters wrapped in the script's ``G``/``E`` tokens, the script's embedding + LSTM +
log-softmax model (smaller), RMSprop, batches of 10, 4 epochs of 3 batches.

Truth: ``loss is`` (the words before the colon) at the printed epoch; the batch number restarts
each epoch.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim

    print(f"Using device: {torch.device('cpu')}")
    chars = list("春江花月夜山水风云日红湖海天地人来去明光清秋白雪长空远近歌")
    rng = np.random.default_rng(23)
    trans = rng.dirichlet(np.ones(len(chars)) * 0.3, size=len(chars))
    poems = []
    for _ in range(120):
        n = int(rng.integers(5, 12))
        c = int(rng.integers(len(chars)))
        s = [chars[c]]
        for _ in range(n - 1):
            c = int(rng.choice(len(chars), p=trans[c]))
            s.append(chars[c])
        poems.append('G' + ''.join(s) + 'E')
    poems.sort(key=len)
    words = sorted(set(''.join(poems)))
    word_int_map = {w: i for i, w in enumerate(words)}
    poems_vector = [[word_int_map[w] for w in p] for p in poems]
    print("finish loading data, vocab size:", len(word_int_map))

    class RNNModel(nn.Module):
        def __init__(self, vocab_len, emb=32, hidden=48):
            super().__init__()
            self.emb = nn.Embedding(vocab_len, emb)
            self.lstm = nn.LSTM(emb, hidden)
            self.fc = nn.Linear(hidden, vocab_len)

        def forward(self, x):
            out, _ = self.lstm(self.emb(x.squeeze(1)).unsqueeze(1))
            return torch.log_softmax(self.fc(out.squeeze(1)), dim=1)

    torch.manual_seed(5)
    model = RNNModel(len(word_int_map) + 1)
    optimizer = optim.RMSprop(model.parameters(), lr=0.01)
    loss_fun = nn.NLLLoss()
    BATCH_SIZE = 10
    truth = Truth()
    order = rng.permutation(len(poems_vector))
    for epoch in range(4):
        for batch in range(3):
            idx = order[(epoch * 3 + batch) * BATCH_SIZE % 120:][:BATCH_SIZE]
            loss = 0
            for index, k in enumerate(idx):
                row = poems_vector[k]
                x = torch.tensor(row, dtype=torch.int64).unsqueeze(1)
                y = torch.tensor(row[1:] + [row[-1]], dtype=torch.int64)
                pre = model(x)
                loss += loss_fun(pre, y)
                if index == 0:
                    _, pre_idx = torch.max(pre, dim=1)
                    print('prediction', pre_idx.data.tolist())
                    print('b_y       ', y.data.tolist())
                    print('*' * 30)
            loss = loss / BATCH_SIZE
            print("epoch", epoch, 'batch number', batch, "loss is:", loss.data.tolist())
            truth.add(at=epoch, **{"loss is": loss.item()})
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1)
            optimizer.step()
            if batch % 20 == 0:
                print("finish save model")
    truth.write("the script's mean NLL per batch", libraries=("torch",), rel=1e-7, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"tangpoem": run}, root=HELDOUT57)
