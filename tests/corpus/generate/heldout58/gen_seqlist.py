"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A NumPy character RNN printing as Happy2Trees/PA3-DeepLearning ``train_rnn.py``: every ``freq``
(3) iterations ``epoch: {}, iteration:{}/{} loss: {:0.4f}, iteration_time: {:0.4f}`` (the loss
summed over the last three iterations divided by ``freq``), then ``----------SEQ LIST------------``,
a sampled string and ``--------------- --------------``; per epoch ``{} epoch is end, epoch time :
{:0.4f}``; at the end ``---------------- trainning is done -----------``. Here: a vanilla tanh RNN
of 48 units written in NumPy (one-hot characters, softmax cross-entropy, truncated BPTT over 16
characters, SGD 0.1 with clipping), on ``_toy.TEXT``, 3 epochs of 24 iterations; the sample is
30 greedy characters from the batch's first character.

Truth: ``loss`` at the printed epoch (the line's leading step; the iteration counter restarts
each epoch); the two times are timings, in neither map.
"""

from _toy import TEXT
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import time

    import numpy as np

    rng = np.random.default_rng(21)
    chars = sorted(set(TEXT))
    V, H, T = len(chars), 48, 16
    ids = np.array([chars.index(c) for c in TEXT])
    Wx, Wh, Wy = rng.normal(0, 0.1, (H, V)), rng.normal(0, 0.1, (H, H)), rng.normal(0, 0.1, (V, H))
    bh, by = np.zeros(H), np.zeros(V)
    truth = Truth()
    n_iter, freq = 24, 3

    def sample(c, n=30):
        h, out = np.zeros(H), []
        for _ in range(n):
            h = np.tanh(Wx[:, c] + Wh @ h + bh)
            c = int(np.argmax(Wy @ h + by))
            out.append(chars[c])
        return out

    for epoch in range(3):
        running_loss = 0.0
        epoch_start_time = time.time()
        for i in range(n_iter):
            iter_start_time = time.time()
            start = int(rng.integers(0, len(ids) - T - 1))
            x, yv = ids[start:start + T], ids[start + 1:start + T + 1]
            hs, ps, loss = {-1: np.zeros(H)}, {}, 0.0
            for t in range(T):
                hs[t] = np.tanh(Wx[:, x[t]] + Wh @ hs[t - 1] + bh)
                z = Wy @ hs[t] + by
                ps[t] = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
                loss += -np.log(ps[t][yv[t]])
            loss /= T
            dWx, dWh, dWy = np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(Wy)
            dbh, dby, dhn = np.zeros_like(bh), np.zeros_like(by), np.zeros(H)
            for t in reversed(range(T)):
                dy = ps[t].copy()
                dy[yv[t]] -= 1
                dWy += np.outer(dy, hs[t])
                dby += dy
                dh = Wy.T @ dy + dhn
                dr = (1 - hs[t] ** 2) * dh
                dbh += dr
                dWx[:, x[t]] += dr
                dWh += np.outer(dr, hs[t - 1])
                dhn = Wh.T @ dr
            for p, g in ((Wx, dWx), (Wh, dWh), (Wy, dWy), (bh, dbh), (by, dby)):
                p -= 0.1 * np.clip(g / T, -5, 5)
            running_loss += loss
            if i % freq == freq - 1:
                print('epoch: {}, iteration:{}/{} loss: {:0.4f}, iteration_time: {:0.4f}'.format(
                    epoch + 1, i + 1, n_iter, running_loss / freq, time.time() - iter_start_time))
                truth.add(at=epoch + 1, loss=running_loss / freq)
                print('----------SEQ LIST------------')
                print(''.join(sample(int(x[0]))))
                print('--------------- --------------')
                running_loss = 0.0
        print('{} epoch is end, epoch time : {:0.4f}'.format(epoch + 1, time.time() - epoch_start_time))
    print('---------------- trainning is done -----------')
    truth.write("the script's smoothed losses", libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"seqlist": run}, root=HELDOUT58)
