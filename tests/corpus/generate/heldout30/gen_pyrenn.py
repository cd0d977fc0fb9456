"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Small neural networks with pyrenn (PyPI ``pyrenn``), seeded: a static 2-4-1 net fitted to a
smooth surface and a recurrent 1-3-1 net (one delay on the input, a recurrent delay in the hidden
layer) fitted to a damped response to a square wave, and a 2-3-3-1 net (two hidden layers) on the
first surface, each by ``pyrenn.train_LM(..., verbose=True)`` (Levenberg-Marquardt, 12, 10 and
12 iterations). pyrenn prints ``Iteration:  3 \t\tError:
0.5513...\tscale factor:  0.3`` per iteration and ``Maximum number of iterations reached``.

Truth: the ``ErrorHistory`` the trained net carries, under the printed label ``Error`` at the
iteration the line states (the three nets' lines share the name, the count restarting). pyrenn
keeps ``ErrorHistory[:k]`` and so drops the last printed error: the truth is the history of the
same seeded fit given one iteration more (``k_max + 1``), whose first ``k_max + 1`` errors are the
printed ones (checked on the shared iterations). The damping ``scale factor`` is not kept:
printed, no truth.
"""

import contextlib
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def run() -> None:
    import numpy as np
    import pyrenn

    rng = np.random.default_rng(30)
    x = rng.uniform(-1, 1, (2, 40))
    y = (np.sin(2 * x[0]) + x[1] ** 2).reshape(1, -1)
    t = np.arange(60)
    u = np.where((t // 15) % 2 == 0, 1.0, -1.0).reshape(1, -1)
    yr = np.zeros(60)
    for i in range(2, 60):
        yr[i] = 1.2 * yr[i - 1] - 0.5 * yr[i - 2] + 0.3 * u[0, i - 1]
    yr = yr.reshape(1, -1)
    truth = Truth()

    def fit(make, inputs, outputs, k_max, verbose):
        np.random.seed(30)  # pyrenn draws its initial weights from NumPy's global generator
        net = make()
        return pyrenn.train_LM(inputs, outputs, net, verbose=verbose, k_max=k_max, E_stop=1e-10)

    static = lambda: pyrenn.CreateNN([2, 4, 1])
    recurrent = lambda: pyrenn.CreateNN([1, 3, 1], dIn=[1], dIntern=[], dOut=[1])
    deep = lambda: pyrenn.CreateNN([2, 3, 3, 1])
    for make, inputs, outputs, k_max in ((static, x, y, 12), (recurrent, u, yr, 10),
                                         (deep, x, y, 12)):
        shown = fit(make, inputs, outputs, k_max, True)
        with contextlib.redirect_stdout(io.StringIO()):
            longer = fit(make, inputs, outputs, k_max + 1, False)
        history = longer["ErrorHistory"][:k_max + 1]
        assert np.allclose(history[:k_max], shown["ErrorHistory"], rtol=1e-12, atol=0)
        for k, value in enumerate(history):
            truth.add(at=k, Error=value)
    truth.write("pyrenn: the ErrorHistory of each trained net, taken from the same seeded fit "
                "run one iteration longer", libraries=("pyrenn", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"pyrenn": run}, root=HELDOUT30)
