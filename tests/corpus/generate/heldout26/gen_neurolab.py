"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Small neural networks with neurolab (PyPI ``neurolab``, on NumPy 1.x), seeded: a two-input
feed-forward net (five hidden tansig units) fitted to a smooth surface with the default
BFGS trainer (100 epochs, ``show=10``), the same architecture with gradient descent with
momentum (``train_gdm``, 200 epochs, ``show=25``), and an Elman recurrent net on a sine-to-square
sequence (``train_gdx``, 60 epochs, ``show=10``). neurolab prints, every ``show`` epochs,
``Epoch: 10; Error: 0.21555259492514747;`` and at the end ``The maximum number of train epochs
is reached`` (or ``The goal of learning is reached``).

Truth: the error list each ``net.train`` returns (one value an epoch), at the printed epochs
only (every ``show``-th: value ``i`` at epoch ``i + 1``), under the printed label ``Error``, at
the epoch the line states (the three nets' lines share the name; the count restarts for each).
The train functions' settings (epochs, show, goal, learning rate) are not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import numpy as np
    import neurolab as nl

    np.random.seed(26)
    rng = np.random.default_rng(26)
    x = rng.uniform(-1, 1, (60, 2))
    y = (np.sin(2 * x[:, :1]) + x[:, 1:] ** 2) / 2
    truth = Truth()

    def record(errors, show):
        for i, value in enumerate(errors):
            if (i + 1) % show == 0:
                truth.add(at=i + 1, Error=value)

    net = nl.net.newff([[-1, 1], [-1, 1]], [5, 1])
    record(net.train(x, y, epochs=100, show=10, goal=1e-5), 10)
    net = nl.net.newff([[-1, 1], [-1, 1]], [5, 1])
    net.trainf = nl.train.train_gdm
    record(net.train(x, y, epochs=200, show=25, goal=1e-5, lr=0.05, mc=0.9), 25)
    t = np.linspace(0, 4 * np.pi, 40)
    seq_in = np.sin(t).reshape(-1, 1)
    seq_out = np.sign(np.sin(t)).reshape(-1, 1) * 0.5
    elman = nl.net.newelm([[-1, 1]], [6, 1], [nl.trans.TanSig(), nl.trans.PureLin()])
    elman.layers[0].initf = nl.init.InitRand([-0.1, 0.1], "wb")
    elman.layers[1].initf = nl.init.InitRand([-0.1, 0.1], "wb")
    elman.init()
    record(elman.train(seq_in, seq_out, epochs=60, show=10, goal=1e-4), 10)
    truth.write("neurolab: the error lists net.train returns, at every show-th epoch",
                libraries=("neurolab", "numpy", "scipy"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"neurolab": run}, root=HELDOUT26)
