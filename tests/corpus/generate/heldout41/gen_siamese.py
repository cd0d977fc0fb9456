"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 01000-you/siamese-pytorch ``train.py``: ``use gpu :
cpu``, every 10th iteration ``[10]\\tloss:\\t0.69314\\ttime lapsed:\\t0.02 s`` (the mean of the
last 10 batch losses), every 50th a 70-``*`` rule, ``[50]\\tTest set\\tcorrect:\\t27\\terror:\\t13\\t
precision:\\t0.675000`` and the rule again, and at the end a 70-``#`` rule and ``final
accuracy:  0.135`` (``print`` with a comma: the sum of the kept test precisions over 20, as the
original divides by the queue's length limit whatever it holds). Here: a Siamese MLP on pairs
of sklearn's 8x8 digits (same class or not, BCE-with-logits), Adam, 200 iterations; the test is
one-shot 10-way over 40 trials (the original: Omniglot, 20-way).

Truth: ``loss`` at the ``[i]`` iteration; ``test/precision`` (its line's leading words after
the ``[i]`` are ``Test set``) at the ``[i]`` iteration; ``final accuracy`` (no step). The
``correct`` and ``error`` counts are optional.
"""

from _toy import digits
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import time
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, Xte, yte = digits(seed=14)
    rng = np.random.default_rng(14)
    by_class_tr = [torch.where(ytr == c)[0] for c in range(10)]
    by_class_te = [torch.where(yte == c)[0] for c in range(10)]

    def train_batch(size):
        a, b, label = [], [], []
        for _ in range(size):
            c = int(rng.integers(10))
            same = rng.uniform() < 0.5
            c2 = c if same else int((c + rng.integers(1, 10)) % 10)
            a.append(int(rng.choice(by_class_tr[c])))
            b.append(int(rng.choice(by_class_tr[c2])))
            label.append(1.0 if same else 0.0)
        return Xtr[a], Xtr[b], torch.tensor(label).unsqueeze(1)

    class Siamese(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 32),
                                      nn.Sigmoid())
            self.out = nn.Linear(32, 1)

        def forward(self, x1, x2):
            return self.out(torch.abs(self.conv(x1) - self.conv(x2)))

    print(f'use gpu : cpu')
    torch.manual_seed(14)
    net = Siamese()
    loss_fn = torch.nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=0.002)
    show_every, test_every, max_iter, way, times = 10, 50, 200, 10, 40
    loss_val, time_start, queue = 0, time.time(), deque(maxlen=20)
    truth = Truth()
    for batch_id in range(1, max_iter + 1):
        img1, img2, label = train_batch(32)
        optimizer.zero_grad()
        loss = loss_fn(net.forward(img1, img2), label)
        loss_val += loss.item()
        loss.backward()
        optimizer.step()
        if batch_id % show_every == 0:
            print('[%d]\tloss:\t%.5f\ttime lapsed:\t%.2f s' % (batch_id, loss_val / show_every,
                                                             time.time() - time_start))
            truth.add(at=batch_id, loss=loss_val / show_every)
            loss_val = 0
            time_start = time.time()
        if batch_id % test_every == 0:
            right, error = 0, 0
            with torch.no_grad():
                for _ in range(times):
                    c = int(rng.integers(10))
                    anchor = int(rng.choice(by_class_te[c]))
                    others = [int(rng.choice(by_class_te[c]))] + [
                        int(rng.choice(by_class_te[k])) for k in range(10) if k != c][:way - 1]
                    test1 = Xte[[anchor] * way]
                    test2 = Xte[others]
                    pred = np.argmax(net.forward(test1, test2).data.numpy())
                    if pred == 0:
                        right += 1
                    else:
                        error += 1
            print('*' * 70)
            print('[%d]\tTest set\tcorrect:\t%d\terror:\t%d\tprecision:\t%f'
                  % (batch_id, right, error, right * 1.0 / (right + error)))
            print('*' * 70)
            truth.add(at=batch_id, **{"test/precision": right * 1.0 / (right + error)})
            truth.allow(**{"test/correct": right, "test/error": error})
            queue.append(right * 1.0 / (right + error))
    acc = 0.0
    for d in queue:
        acc += d
    print("#" * 70)
    print("final accuracy: ", acc / 20)
    truth.add(**{"final accuracy": acc / 20})
    truth.write("the script's windowed mean losses and one-shot test precisions",
                libraries=("torch",), rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"siamese": run}, root=HELDOUT41)
