"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A NumPy two-layer net trained through a copy of the ``Trainer.fit`` loop of
isltod/train-deep-learning-from-scratch ``b2-rnn/common/trainer.py`` (a Korean-annotated
transcription of the "Deep Learning from Scratch 2" trainer), whose evaluation line is
``| 에폭 %d |  반복 %d / %d | 시간 %d[s] | 손실 %.2f`` (epoch, iteration of max_iters, elapsed
seconds, mean loss since the last line). Here: the book's spiral data set (3 classes x 100
points), hidden size 10, SGD with rate 1.0, batches of 30 (10 iterations an epoch),
``eval_interval=10`` so one line an epoch, 30 epochs.

Truth: ``손실`` (loss) at the printed epoch (``에폭``); the iteration counter restarts each epoch
and the seconds are no metric.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import time

    import numpy as np

    np.random.seed(1984)
    N, CLS = 100, 3
    x = np.zeros((N * CLS, 2))
    t = np.zeros((N * CLS, CLS), dtype=int)
    for j in range(CLS):
        for i in range(N):
            rate = i / N
            radius = 1.0 * rate
            theta = j * 4.0 + 4.0 * rate + np.random.randn() * 0.2
            ix = N * j + i
            x[ix] = np.array([radius * np.sin(theta), radius * np.cos(theta)]).flatten()
            t[ix, j] = 1

    W1, b1 = 0.01 * np.random.randn(2, 10), np.zeros(10)
    W2, b2 = 0.01 * np.random.randn(10, 3), np.zeros(3)

    def forward_backward(bx, bt):
        h = bx @ W1 + b1
        s = 1 / (1 + np.exp(-h))
        score = s @ W2 + b2
        score = score - score.max(axis=1, keepdims=True)
        y = np.exp(score) / np.exp(score).sum(axis=1, keepdims=True)
        loss = -np.sum(bt * np.log(y + 1e-7)) / len(bx)
        dscore = (y - bt) / len(bx)
        dW2, db2 = s.T @ dscore, dscore.sum(0)
        ds = dscore @ W2.T * s * (1 - s)
        return loss, (bx.T @ ds, ds.sum(0), dW2, db2)

    truth = Truth()
    data_size, batch_size, max_epoch, eval_interval = len(x), 30, 30, 10
    max_iters = data_size // batch_size
    total_loss, loss_count, current_epoch = 0, 0, 0
    start_time = time.time()
    for epoch in range(max_epoch):
        idx = np.random.permutation(np.arange(data_size))
        x, t = x[idx], t[idx]
        for iters in range(max_iters):
            batch_x = x[iters * batch_size:(iters + 1) * batch_size]
            batch_t = t[iters * batch_size:(iters + 1) * batch_size]
            loss, grads = forward_backward(batch_x, batch_t)
            for p, g in zip((W1, b1, W2, b2), grads):
                p -= 1.0 * g
            total_loss += loss
            loss_count += 1
            if (eval_interval is not None) and (iters % eval_interval) == 0:
                avg_loss = total_loss / loss_count
                elapsed_time = time.time() - start_time
                print("| 에폭 %d |  반복 %d / %d | 시간 %d[s] | 손실 %.2f"
                      % (current_epoch + 1, iters + 1, max_iters, elapsed_time, avg_loss))
                truth.add(at=current_epoch + 1, 손실=avg_loss)
                total_loss, loss_count = 0, 0
        current_epoch += 1
    truth.write("the trainer's mean losses between evaluation lines",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"isltodko": run}, root=HELDOUT46)
