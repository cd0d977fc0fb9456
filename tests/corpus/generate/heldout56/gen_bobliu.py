"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A NumPy character RNN printing as BobLiu20/min_char_RNN ``char_rnn.py`` (``training``, Python
2 prints): every 100th iteration ``print 'iter %d, loss: %f' % (_iter, smooth_loss)`` (the
smoothed loss, ``%f``: six decimals), every 1000th a sample, ``print 'generator output: \\n',
txt`` (Python 2 puts no space after a string ending in a newline). Here: the script's RNN
(hidden 100, 25 steps, Adagrad 0.1, gradient clipping) on a short English text; the script
loops forever, this one stops after 2500 iterations.

Truth: ``loss`` (the smoothed loss) at the printed iteration.
"""

from _toy import TEXT
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(20)
    data = TEXT * 3
    chars = sorted(set(data))
    V, H, T, lr = len(chars), 100, 25, 1e-1
    c2i = {c: i for i, c in enumerate(chars)}
    Wxh, Whh, Why = (np.random.randn(H, V) * 0.01, np.random.randn(H, H) * 0.01,
                     np.random.randn(V, H) * 0.01)
    bh, by = np.zeros((H, 1)), np.zeros((V, 1))
    mem = [np.zeros_like(p) for p in (Wxh, Whh, Why, bh, by)]
    smooth_loss = -np.log(1.0 / V) * T
    truth = Truth()
    _iter, _p = 0, 0
    while _iter <= 2500:
        if _p + T + 1 >= len(data) or _iter == 0:
            hprev = np.zeros((H, 1))
            _p = 0
        inputs = [c2i[c] for c in data[_p:_p + T]]
        targets = [c2i[c] for c in data[_p + 1:_p + T + 1]]
        xs, hs, ps = {}, {-1: hprev}, {}
        loss = 0
        for t in range(T):
            xs[t] = np.zeros((V, 1))
            xs[t][inputs[t]] = 1
            hs[t] = np.tanh(Wxh.dot(xs[t]) + Whh.dot(hs[t - 1]) + bh)
            y = Why.dot(hs[t]) + by
            ps[t] = np.exp(y) / np.sum(np.exp(y))
            loss += -np.log(ps[t][targets[t], 0])
        smooth_loss = smooth_loss * 0.999 + loss * 0.001
        if _iter % 100 == 0:
            print('iter %d, loss: %f' % (_iter, smooth_loss))
            truth.add(at=_iter, loss=smooth_loss)
        grads = [np.zeros_like(p) for p in (Wxh, Whh, Why, bh, by)]
        dhnext = np.zeros((H, 1))
        for t in reversed(range(T)):
            dy = ps[t].copy()
            dy[targets[t]] -= 1
            grads[2] += dy.dot(hs[t].T)
            grads[4] += dy
            dh = Why.T.dot(dy) + dhnext
            dhraw = (1 - hs[t] * hs[t]) * dh
            grads[3] += dhraw
            grads[0] += dhraw.dot(xs[t].T)
            grads[1] += dhraw.dot(hs[t - 1].T)
            dhnext = Whh.T.dot(dhraw)
        hprev = hs[T - 1]
        for p, g, m in zip((Wxh, Whh, Why, bh, by), grads, mem):
            np.clip(g, -5, 5, out=g)
            m += g * g
            p += -lr * g / np.sqrt(m + 1e-8)
        _p += T
        _iter += 1
        if _iter % 1000 == 0:
            h = np.zeros((H, 1))
            x = np.zeros((V, 1))
            x[c2i['a']] = 1
            out = []
            for _ in range(200):
                h = np.tanh(Wxh.dot(x) + Whh.dot(h) + bh)
                y = Why.dot(h) + by
                p = np.exp(y) / np.sum(np.exp(y))
                ix = np.random.choice(range(V), p=p.ravel())
                x = np.zeros((V, 1))
                x[ix] = 1
                out.append(chars[ix])
            print('generator output: \n' + ''.join(out))
    truth.write("the script's smoothed loss", libraries=("numpy",), rel=1e-7, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"bobliu": run}, root=HELDOUT56)
