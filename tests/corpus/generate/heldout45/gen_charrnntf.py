"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written character-level LSTM printing as sherjilozair/char-rnn-tensorflow ``train.py``:
each batch ``12/30 (epoch 0), train_loss = 2.345, time/batch = 0.004`` (the global batch index
over the total, the epoch) and at every ``save_every`` batches and the last one ``model saved
to save/model.ckpt``. Here: PyTorch stands in for TensorFlow, a two-layer LSTM on a Markov
pseudo-English text, 2 epochs of 15 batches (the state carried across batches), RMSprop with
the per-epoch learning-rate decay, ``save_every`` 10.

Truth: ``train_loss`` at the global batch index the line starts with (``i/N``).
"""

from _toy import text
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    torch.manual_seed(16)
    txt = text(3000, seed=16)
    chars = sorted(set(txt))
    c2i = {c: i for i, c in enumerate(chars)}
    V = len(chars)
    bs, sl, num_epochs, save_every = 10, 20, 2, 10
    enc = torch.tensor([c2i[c] for c in txt])
    num_batches = (len(enc) - 1) // (bs * sl)
    xdata = enc[:num_batches * bs * sl].view(bs, -1)
    ydata = enc[1:num_batches * bs * sl + 1].view(bs, -1)
    emb, lstm, fc = nn.Embedding(V, 32), nn.LSTM(32, 64, 2, batch_first=True), nn.Linear(64, V)
    params = [*emb.parameters(), *lstm.parameters(), *fc.parameters()]
    opt = torch.optim.RMSprop(params, lr=0.01)
    truth = Truth()
    for e in range(num_epochs):
        for grp in opt.param_groups:
            grp['lr'] = 0.01 * (0.97 ** e)
        state = None
        for b in range(num_batches):
            start = time.time()
            x, y = xdata[:, b * sl:(b + 1) * sl], ydata[:, b * sl:(b + 1) * sl]
            out, state = lstm(emb(x), state)
            state = tuple(s.detach() for s in state)
            train_loss = nn.functional.cross_entropy(fc(out).reshape(-1, V), y.reshape(-1))
            opt.zero_grad()
            train_loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            end = time.time()
            print("{}/{} (epoch {}), train_loss = {:.3f}, time/batch = {:.3f}"
                  .format(e * num_batches + b, num_epochs * num_batches, e, train_loss.item(),
                          end - start))
            truth.add(at=e * num_batches + b, train_loss=train_loss.item())
            if (e * num_batches + b) % save_every == 0 or (e == num_epochs - 1 and b == num_batches - 1):
                print("model saved to {}".format("save/model.ckpt"))
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"charrnntf": run}, root=HELDOUT45)
