"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written character-level GRU printing as mjeensung/char-rnn ``main.py``: a bare tqdm bar
over each epoch's batches (stderr, ``total=len(train_loader)``), and every N-th global step
``print("loss=", loss.item())`` (print's own space, the full float) followed by
``print("pred_chars=", pred_chars)`` with a sampled text; ``best loss is updated`` when the
epoch's summed loss fell, ``early stopping`` after 10 epochs without. Here: a GRU cell over a
Markov pseudo-English text (the original's Shakespeare), sequences of 16, batches of 32, the
per-time-step summed cross-entropy of the original's ``lossFn``, 4 epochs of 10 batches, a
line every 4 global steps (the original: every 100) with a 120-character sample (the
original: 2000, written to a file too; no file here).

Truth: ``loss`` of each printed line, no step (the global step is not printed).
"""

from _toy import markov_text
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(53)
    np.random.seed(53)
    text = markov_text(n=5200, seed=53)
    chars = sorted(set(text))
    ix = {c: i for i, c in enumerate(chars)}
    ix_to_char = {i: c for c, i in ix.items()}
    data = torch.tensor([ix[c] for c in text])
    n, seq = len(chars), 16

    class CHAR_RNN(nn.Module):
        def __init__(self, vocab_size, hidden_size=64, lr=2e-2):
            super().__init__()
            self.emb = nn.Embedding(vocab_size, hidden_size)
            self.cell = nn.GRUCell(hidden_size, hidden_size)
            self.out = nn.Linear(hidden_size, vocab_size)
            self.optimizer = torch.optim.Adam(self.parameters(), lr=lr)
            self.criterion = nn.CrossEntropyLoss()
            self.h = None

        def init_hidden(self):
            self.h = None

        def forward(self, idxs):
            self.h = self.cell(self.emb(idxs), self.h)
            return self.out(self.h)

        def lossFn(self, inputs, targets):
            loss = torch.tensor(0.)
            for in_idxs, trg_idxs in zip(inputs.transpose(0, 1), targets.transpose(0, 1)):
                loss = loss + self.criterion(self(in_idxs), trg_idxs)
            return loss

        def sample(self, seed_ix, length):
            self.init_hidden()
            ixes, current = [], seed_ix.view(1)
            with torch.no_grad():
                for _ in range(length):
                    probs = torch.softmax(self(current), dim=-1)[0].numpy().astype(float)
                    pred_ix = np.random.choice(len(probs), p=probs / probs.sum())
                    ixes.append(pred_ix)
                    current = torch.tensor([pred_ix])
            return ''.join(ix_to_char[int(i)] for i in ixes)

    model = CHAR_RNN(n)
    starts = torch.arange(0, len(data) - seq - 1, seq)
    truth = Truth()
    global_step, best_loss, count = 0, float('inf'), 0
    for epoch in range(4):
        total_loss = 0
        order = starts[torch.randperm(len(starts), generator=torch.Generator().manual_seed(epoch))]
        batches = [order[i:i + 32] for i in range(0, 320, 32)]
        for i, b in tqdm(enumerate(batches), total=len(batches)):
            inputs = torch.stack([data[s:s + seq] for s in b])
            targets = torch.stack([data[s + 1:s + seq + 1] for s in b])
            model.init_hidden()
            model.optimizer.zero_grad()
            loss = model.lossFn(inputs, targets)
            loss.backward()
            model.optimizer.step()
            if (global_step + 1) % 4 == 0:
                pred_chars = model.sample(inputs[0][0], 120)
                print("loss=", loss.item())
                print("pred_chars=", pred_chars)
                truth.add(loss=loss.item())
            total_loss += loss.item()
            global_step += 1
        if best_loss > total_loss:
            print("best loss is updated")
            best_loss = total_loss
            count = 0
        else:
            count += 1
        if count > 10:
            print("early stopping")
            break
    truth.write("the script's summed sequence losses", libraries=("torch", "tqdm"),
                rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"mjcharrnn": run}, root=HELDOUT46)
