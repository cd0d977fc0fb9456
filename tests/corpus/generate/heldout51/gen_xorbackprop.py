"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Per-pattern backpropagation in NumPy printing as oreneya/Simon_project
``assignment6/backprop.py`` (commit 374fd57d, ``Backprop.train``: ``Iter:     0 RMS err:
0.512345`` with a trailing space, every ``report`` iterations) and ``assignment6/srn.py``
(commit 46790235, the same line), driven as its ``a3part1.py`` (a 2-5-1 XOR net, 10,000
iterations reported every 1000, then an empty line, ``Testing 'XOR' backpropagation NN:`` and
``pattern: [0 0] | result: [0.03]`` per pattern) and its ``part1.py`` (commit 46790235:
``Training feed-forward net``, 100 iterations reported every 10 on a 0/1 XOR sequence
predicting the next bit, then an empty line, ``Training SRN`` and the same for a simple
recurrent net). Here: our own nets in the same spirit; the sequence is 300 bits long (the
original 3000), and our SRN feeds its previous hidden layer back as context (the original's
``srn.py`` at that commit is still a copy of the feed-forward net).

Truth: ``RMS err`` at the printed ``Iter`` (0-based as printed); the three runs restart the
count and share the name. Optional: the XOR test outputs (``result``).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import sys

    import numpy as np

    np.random.seed(6)
    truth = Truth()

    def squash(v):
        return 1 / (1 + np.exp(-v))

    def dsquash(v):
        return squash(v) * (1 - squash(v))

    class Net:
        def __init__(self, n, m, h, recurrent=False):
            self.m, self.h, self.recurrent = m, h, recurrent
            extra = h if recurrent else 0
            self.wih = np.random.uniform(low=-0.5, high=0.5, size=(n + 1 + extra, h))
            self.who = np.random.uniform(low=-0.5, high=0.5, size=(h + 1, m))

        def test(self, i):
            o = squash(np.dot(np.append(squash(np.dot(np.append(i, 1), self.wih)), 1), self.who))
            return o

        def train(self, I, T, niter=1000, eta=.5, report=1000):
            I = np.hstack((I, np.ones((len(I), 1))))
            for i in range(niter):
                sumerr = 0
                context = np.full(self.h, 0.5)
                for j in range(len(I)):
                    x = np.append(I[j], context) if self.recurrent else I[j]
                    H_net = np.dot(x, self.wih)
                    H = np.append(squash(H_net), 1)
                    O_net = np.dot(H, self.who)
                    O_err = T[j] - squash(O_net)
                    O_del = O_err * dsquash(O_net)
                    sumerr += np.sum(O_err ** 2)
                    H_del = np.dot(O_del, self.who.T)[:-1] * dsquash(H_net)
                    self.wih += eta * np.outer(x, H_del)
                    self.who += eta * np.outer(H, O_del)
                    context = H[:-1].copy()
                if i % report == 0:
                    rmserr = np.sqrt(sumerr / (len(I) * self.m))
                    print('Iter: %5d RMS err: %6.6f ' % (i, rmserr))
                    sys.stdout.flush()
                    truth.add(at=i, **{"RMS err": float(rmserr)})

    inp = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    tar = np.array([[0], [1], [1], [0]])
    pxor = Net(2, 1, 5)
    pxor.train(inp, tar, niter=10000)
    print("\nTesting 'XOR' backpropagation NN:")
    for i in inp:
        out = pxor.test(i)
        print("pattern: " + str(i) + " | result: " + str(out))
        truth.allow(result=float(out[0]))

    def xorseq(n):
        a = np.random.randint(2, size=n)
        b = np.random.randint(2, size=n)
        e = np.empty(3 * n)
        for i in range(n):
            e[3 * i: 3 * (i + 1)] = a[i], b[i], a[i] ^ b[i]
        return e.reshape(3 * n, 1).astype('int')

    def shift(x):
        return np.append(x[1:], 0).reshape(len(x), 1)

    print('Training feed-forward net')
    bp = Net(1, 1, 20)
    inputs = xorseq(100)
    targets = shift(inputs)
    bp.train(inputs, targets, niter=100, eta=0.5, report=10)

    print('\nTraining SRN')
    srn = Net(1, 1, 20, recurrent=True)
    srn.train(inputs, targets, niter=100, eta=0.5, report=10)
    truth.write("the nets' RMS errors over an iteration's patterns", libraries=("numpy",),
                rel=1e-6, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"xorbackprop": run}, root=HELDOUT51)
