"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written character-level GRU language model printing as shiyanwudi922/char_lm ``log``
(its kept output of the Char-RNN-TensorFlow style ``train.py``/``sample.py`` runs): a run header
``num_steps 10``, then at each logged step ``step: 300/10000...  loss: 261.2494...  0.0650
sec/batch``, ``Restored from: .../model-300`` and a sampled text, blank lines between. Here:
two runs (``num_steps`` 10 and 12) on a Markov pseudo-English text, 120 steps each, a line
every 10 steps; the printed loss is the batch's summed cross-entropy over the sequence, like
the log's large values.

Truth: ``loss`` at the printed step (``i/N``, restarting in the second run, whose bare
``num_steps 12`` header is a setting and not put into the names). ``sec/batch`` is a time.
"""

from _toy import text
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    data = text(3000, seed=11)
    chars = sorted(set(data))
    c2i = {c: i for i, c in enumerate(chars)}
    enc = torch.tensor([c2i[c] for c in data])
    n = len(chars)
    truth = Truth()
    max_steps = 120
    for num_steps in (10, 12):
        torch.manual_seed(num_steps)
        np.random.seed(num_steps)
        emb, gru, fc = nn.Embedding(n, 16), nn.GRU(16, 48, batch_first=True), nn.Linear(48, n)
        params = [*emb.parameters(), *gru.parameters(), *fc.parameters()]
        opt = torch.optim.Adam(params, lr=0.01)
        print("num_steps", num_steps)
        for step in range(1, max_steps + 1):
            start = time.time()
            idx = torch.randint(0, len(enc) - num_steps - 1, (16,))
            x = torch.stack([enc[i:i + num_steps] for i in idx])
            y = torch.stack([enc[i + 1:i + num_steps + 1] for i in idx])
            out, _ = gru(emb(x))
            loss = nn.functional.cross_entropy(fc(out).reshape(-1, n), y.reshape(-1),
                                               reduction="sum") / 16
            opt.zero_grad()
            loss.backward()
            opt.step()
            if step % 10 == 0:
                end = time.time()
                print('step: {}/{}... '.format(step, max_steps * 10),
                      'loss: {:.4f}... '.format(loss.item()),
                      '{:.4f} sec/batch'.format(end - start))
                truth.add(at=step, loss=loss.item())
            if step % 40 == 0:
                print('Restored from: /home/user/char_lm/train_dir/poetry/model-%d' % step)
                h, c, s = None, torch.tensor([[c2i["t"]]]), "t"
                with torch.no_grad():
                    for _ in range(60):
                        o, h = gru(emb(c), h)
                        p = torch.softmax(fc(o[:, -1]), 1).numpy().ravel()
                        i = np.random.choice(n, p=p / p.sum())
                        s += chars[i]
                        c = torch.tensor([[i]])
                print(s)
                print()
        print()
    truth.write("the script's summed batch losses", libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"charlm": run}, root=HELDOUT45)
