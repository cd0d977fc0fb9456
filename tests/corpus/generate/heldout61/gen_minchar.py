"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

Karpathy's min-char-rnn as sirius27/homebrew_nn ``char_rnn.py`` prints it (Python 2 there,
``print '...' % ...``): every 100th iteration a sample between rules, ``'-----\\n %s \\n-----' %
txt``, and the smoothed loss, ``'loss = %f for epoch %d' % (smooth_loss, n)`` -- the value before
its step, and the "epoch" is the iteration. Here: NumPy, a short public-domain-style text
repeated, hidden size 60, sequences of 25, Adagrad at 0.1, 2500 iterations, 60-character
samples.

Truth: ``loss`` (the smoothed loss, summed over a sequence) at the printed ``epoch``.
"""

import _toy  # noqa: F401  (puts the generators' folder on sys.path)
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(27)
    data = ("the quick brown fox jumps over the lazy dog. a stitch in time saves nine. "
            "all that glitters is not gold. where there is a will there is a way. ") * 6
    chars = sorted(set(data))
    data_size, vocab_size = len(data), len(chars)
    char_to_ix = {ch: ix for ix, ch in enumerate(chars)}
    ix_to_char = {ix: ch for ix, ch in enumerate(chars)}
    hidden_size, seq_length, learning_rate = 60, 25, 1e-1
    Wxh = np.random.randn(hidden_size, vocab_size) * 0.01
    Whh = np.random.randn(hidden_size, hidden_size) * 0.01
    Why = np.random.randn(vocab_size, hidden_size) * 0.01
    bh, by = np.zeros((hidden_size, 1)), np.zeros((vocab_size, 1))

    def lossfun(inputs, targets, hprev):
        xs, hs, ys, ps = {}, {}, {}, {}
        hs[-1] = np.copy(hprev)
        loss = 0
        for t in range(len(inputs)):
            xs[t] = np.zeros((vocab_size, 1))
            xs[t][inputs[t]] = 1
            hs[t] = np.tanh(np.dot(Wxh, xs[t]) + np.dot(Whh, hs[t - 1]) + bh)
            ys[t] = np.dot(Why, hs[t]) + by
            ps[t] = np.exp(ys[t]) / np.sum(np.exp(ys[t]))
            loss += -np.log(ps[t][targets[t], 0])
        dWxh, dWhh, dWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(Why)
        dbh, dby = np.zeros_like(bh), np.zeros_like(by)
        dhnext = np.zeros_like(hprev)
        for t in reversed(range(len(inputs))):
            dy = np.copy(ps[t])
            dy[targets[t]] -= 1
            dWhy += np.dot(dy, hs[t].T)
            dby += dy
            dh = np.dot(Why.T, dy) + dhnext
            dhraw = (1 - hs[t] ** 2) * dh
            dbh += dhraw
            dWxh += np.dot(dhraw, xs[t].T)
            dWhh += np.dot(dhraw, hs[t - 1].T)
            dhnext = np.dot(Whh.T, dhraw)
        for dparam in [dWxh, dWhh, dWhy, dbh, dby]:
            np.clip(dparam, -5, 5, out=dparam)
        return loss, dWxh, dWhh, dWhy, dbh, dby, hs[len(inputs) - 1]

    def sample(h, seed_ix, n):
        x = np.zeros((vocab_size, 1))
        x[seed_ix] = 1
        ixes = []
        for _ in range(n):
            h = np.tanh(np.dot(Wxh, x) + np.dot(Whh, h) + bh)
            y = np.dot(Why, h) + by
            p = np.exp(y) / np.sum(np.exp(y))
            ix = np.random.choice(range(vocab_size), p=p.ravel())
            x = np.zeros_like(x)
            x[ix] = 1
            ixes.append(ix)
        return ixes

    truth = Truth()
    n, p = 0, 0
    mems = [np.zeros_like(a) for a in (Wxh, Whh, Why, bh, by)]
    smooth_loss = -np.log(1.0 / vocab_size) * seq_length
    while n <= 2500:
        if p + seq_length + 1 >= len(data) or n == 0:
            hprev = np.zeros((hidden_size, 1))
            p = 0
        inputs = [char_to_ix[ch] for ch in data[p:p + seq_length]]
        targets = [char_to_ix[ch] for ch in data[p + 1:p + seq_length + 1]]
        if n % 100 == 0:
            txt = ''.join(ix_to_char[ix] for ix in sample(hprev, inputs[0], 60))
            print('-----\n %s \n-----' % txt)
        loss, dWxh, dWhh, dWhy, dbh, dby, hprev = lossfun(inputs, targets, hprev)
        smooth_loss = smooth_loss * 0.999 + loss * 0.001
        if n % 100 == 0:
            print('loss = %f for epoch %d' % (smooth_loss, n))
            truth.add(at=n, loss=smooth_loss)
        for param, dparam, mem in zip([Wxh, Whh, Why, bh, by], [dWxh, dWhh, dWhy, dbh, dby], mems):
            mem += dparam ** 2
            param += -learning_rate * dparam / np.sqrt(mem + 1e-8)
        p += seq_length
        n += 1
    truth.write("min-char-rnn's smoothed losses", libraries=("numpy",), rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"minchar": run}, root=HELDOUT61)
