"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written character-level GRU printing as spro/char-rnn.pytorch ``train.py`` (the stored
version, with a validation file): ``No model name supplied -> Model checkpoint disabled``,
``Training for 30 epochs...``, a tqdm bar over the epochs (no description), every
``print_every`` epochs ``[0m 1s (15 50%) Train: 2.1234 Valid: 2.2345]`` (``time_since``, the
epoch, its percentage) followed by 60 generated characters and a blank line; at the end
``Saving...`` and ``Saved as Save/train.pt``. Here: a one-layer GRU on a Markov pseudo-English
text, 30 epochs of 2 random batches, a line every 3 epochs.

Truth: ``Train`` and ``Valid`` (the epoch's mean training and validation losses) at the epoch in
the parentheses; the percentage and the elapsed time are no metrics.
"""

from _toy import text
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import math
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    def time_since(since):
        s = time.time() - since
        m = math.floor(s / 60)
        s -= m * 60
        return '%dm %ds' % (m, s)

    torch.manual_seed(4)
    np.random.seed(4)
    train_text, valid_text = text(3000, seed=4), text(800, seed=5)
    chars = sorted(set(train_text + valid_text))
    c2i = {c: i for i, c in enumerate(chars)}
    n = len(chars)
    emb, gru, dec = nn.Embedding(n, 24), nn.GRU(24, 64, batch_first=True), nn.Linear(64, n)
    params = [*emb.parameters(), *gru.parameters(), *dec.parameters()]
    opt = torch.optim.Adam(params, lr=0.01)

    def batch(txt, bs=16, cl=40):
        idx = np.random.randint(0, len(txt) - cl - 1, bs)
        t = torch.tensor([[c2i[c] for c in txt[i:i + cl + 1]] for i in idx])
        return t[:, :-1], t[:, 1:]

    def step(inp, target, validation):
        out, _ = gru(emb(inp))
        loss = nn.functional.cross_entropy(dec(out).reshape(-1, n), target.reshape(-1))
        if not validation:
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()

    def generate(prime, length):
        out, h = prime, None
        x = torch.tensor([[c2i[c] for c in prime]])
        with torch.no_grad():
            for _ in range(length):
                o, h = gru(emb(x), h)
                p = torch.softmax(dec(o[:, -1]) / 0.8, 1).numpy().ravel()
                i = np.random.choice(n, p=p / p.sum())
                out += chars[i]
                x = torch.tensor([[i]])
        return out

    print('No model name supplied -> Model checkpoint disabled')
    n_epochs, print_every = 30, 3
    truth = Truth()
    start = time.time()
    print("Training for %d epochs..." % n_epochs)
    for epoch in tqdm(range(1, n_epochs + 1)):
        loss_avg = sum(step(*batch(train_text), False) for _ in range(2)) / 2
        with torch.no_grad():
            valid_loss_avg = sum(step(*batch(valid_text), True) for _ in range(2)) / 2
        if epoch % print_every == 0:
            print('[%s (%d %d%%) Train: %.4f Valid: %.4f]' % (time_since(start), epoch,
                                                              epoch / n_epochs * 100, loss_avg,
                                                              valid_loss_avg))
            truth.add(at=epoch, Train=loss_avg, Valid=valid_loss_avg)
            print(generate('the ', 60), '\n')
    print("Saving...")
    print('Saved as %s' % 'Save/train.pt')
    truth.write("the script's mean batch losses per epoch", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"charpt": run}, root=HELDOUT45)
