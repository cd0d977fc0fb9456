"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written REINFORCE loop printing as davenpi/rlrn ``reinforce/alg.py`` does (its output is
shown in ``reinforce/readme.md``): ``Update 1: Avg return = 19.9, Min = 9.0, Max = 56.0`` at the
first update and every tenth. Here: a linear softmax policy in NumPy on a small re-implementation
of the cart-pole dynamics (no gym), 8 episodes an update, 60 updates, total-return weights.

Truth: the script's mean, min and max of each update's episode returns, ``Avg return``, ``Min``,
``Max`` at the update the line states.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def cartpole_step(s, a):
    import math
    x, x_dot, th, th_dot = s
    force = 10.0 if a == 1 else -10.0
    cos, sin = math.cos(th), math.sin(th)
    temp = (force + 0.05 * th_dot ** 2 * sin) / 1.1
    th_acc = (9.8 * sin - cos * temp) / (0.5 * (4.0 / 3.0 - 0.1 * cos ** 2 / 1.1))
    x_acc = temp - 0.05 * th_acc * cos / 1.1
    s = (x + 0.02 * x_dot, x_dot + 0.02 * x_acc, th + 0.02 * th_dot, th_dot + 0.02 * th_acc)
    return s, abs(s[0]) > 2.4 or abs(s[2]) > 0.2095


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(31)
    w = np.zeros(4)
    truth = Truth()
    for update in range(1, 61):
        grads, returns = [], []
        for _ in range(8):
            s = tuple(rng.uniform(-0.05, 0.05, 4))
            feats = []
            for t in range(500):
                p1 = 1.0 / (1.0 + np.exp(-np.dot(w, s)))
                a = int(rng.random() < p1)
                feats.append((a - p1) * np.asarray(s))
                s, done = cartpole_step(s, a)
                if done:
                    break
            ret = float(len(feats))
            returns.append(ret)
            grads.append(ret * np.sum(feats, axis=0))
        w += 0.002 * np.mean(grads, axis=0)
        if update == 1 or update % 10 == 0:
            avg, lo, hi = np.mean(returns), np.min(returns), np.max(returns)
            print(f"Update {update}: Avg return = {avg:.1f}, Min = {lo:.1f}, Max = {hi:.1f}")
            truth.add(at=update, **{"Avg return": avg, "Min": lo, "Max": hi})
    truth.write("the script's mean, min and max episode return of each printed update",
                libraries=("numpy",), rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"rlrn": run}, root=HELDOUT31)
