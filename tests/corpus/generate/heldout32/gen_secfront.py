"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as the training log kept in somethingpluto/security_front
``src/utils/readFile.js`` (``getLogInfo`` returns a captured run): ``Start training...``, then
``Epoch:  0 step:  0 loss: 11.76`` each step (both counters two wide, the loss to two
decimals, the step counting within the epoch). Here: a bigram next-character model (embedding
and linear layer) on text from a random Markov chain over 64 symbols, Adam, 2 epochs of 15
steps.

Truth: the script's ``loss.item()`` of each step, ``loss``; no step (the line states the epoch
and the step within it, neither a global step).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(32)
    rng = np.random.default_rng(32)
    V = 64
    trans = rng.dirichlet(np.full(V, 0.1), size=V)
    seq = [0]
    for _ in range(20000):
        seq.append(int(rng.choice(V, p=trans[seq[-1]])))
    seq = torch.tensor(seq)
    model = nn.Sequential(nn.Embedding(V, 32), nn.Linear(32, V))
    opt = torch.optim.Adam(model.parameters(), lr=0.02)
    truth = Truth()
    print('Start training...')
    for epoch in range(2):
        for step in range(15):
            start = torch.randint(0, len(seq) - 257, (1,)).item()
            x, t = seq[start:start + 256], seq[start + 1:start + 257]
            loss = nn.functional.cross_entropy(model(x), t)
            opt.zero_grad()
            loss.backward()
            opt.step()
            print('Epoch: %2d step: %2d loss: %.2f' % (epoch, step, loss.item()))
            truth.add(loss=loss.item())
    truth.write("the script's loss.item() of each step", libraries=("torch", "numpy"),
                rel=1e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"secfront": run}, root=HELDOUT32)
