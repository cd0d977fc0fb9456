"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written character-RNN loop printing as unixpickle/learning-tf ``char_rnn.py``:
``Building graph...``, ``Training...``, every 10th iteration ``'iter %d: loss=%f val_loss=%f'``
(the training loss on the batch just trained on, after the step, and the loss on a random
validation batch), then ``Sampling...`` and ten samples printed as Python ``bytearray`` reprs.
Here: PyTorch for TensorFlow, the same single-layer tanh RNN over bytes (64 states for 128),
sequences of 48 for 128, batches of 16, a Markov pseudo-English corpus for ``char_rnn_data.txt``,
iterations 1 to 239.

Truth: ``loss`` and ``val_loss`` at the printed iteration.
"""

from _toy import markov_text
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    random.seed(19)
    torch.manual_seed(19)
    np.random.seed(19)
    print('Building graph...')
    rnn = nn.RNN(256, 64, nonlinearity="tanh", batch_first=True)
    out = nn.Linear(64, 256)
    h0 = nn.Parameter(torch.randn(1, 1, 64))
    params = [*rnn.parameters(), *out.parameters(), h0]
    opt = torch.optim.Adam(params, lr=1e-3 * 3)
    length, batch = 48, 16

    def encode(strs):
        seqs = []
        for s in strs:
            b = list(bytearray('\n' + s, 'utf-8'))[:length + 1]
            seqs.append(b + [0] * (length + 1 - len(b)))
        t = torch.tensor(seqs)
        return F.one_hot(t[:, :-1], 256).float(), t[:, 1:]

    def loss_of(strs):
        x, y = encode(strs)
        o, _ = rnn(x, h0.expand(1, len(strs), 64).contiguous())
        return F.cross_entropy(out(o).reshape(-1, 256), y.reshape(-1))

    print('Training...')
    lines = markov_text(8000, seed=19)
    random.shuffle(lines)
    train_data, val_data = lines[32:], lines[:32]
    truth = Truth()
    for iteration in range(1, 240):
        random.shuffle(train_data)
        b = train_data[:batch]
        loss = loss_of(b)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if iteration % 10 == 0:
            with torch.no_grad():
                train_loss = loss_of(b).item()
                random.shuffle(val_data)
                val_loss = loss_of(val_data[:batch]).item()
            print('iter %d: loss=%f val_loss=%f' % (iteration, train_loss, val_loss))
            truth.add(at=iteration, loss=train_loss, val_loss=val_loss)
    print('Sampling...')
    with torch.no_grad():
        for _ in range(10):
            chars, h, last = [], h0, 10
            while len(chars) < 60:
                o, h = rnn(F.one_hot(torch.tensor([[last]]), 256).float(), h)
                probs = torch.softmax(out(o[0, -1]), -1).numpy().astype("float64")
                idx = int(np.random.choice(range(256), p=probs / probs.sum()))
                if idx in (0, 10):
                    break
                chars.append(idx)
                last = idx
            print(bytearray(chars))
    truth.write("the script's training and validation batch losses", libraries=("torch",),
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"learningtf": run}, root=HELDOUT47)
