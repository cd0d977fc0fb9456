"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written REINFORCE loop printing as sotetsuk/reinforce does: a banner per algorithm as in
``examples/train_cartpole.py`` (a line of ``=``, ``algo1, lr=0.03``, a line of ``=``), every 50
episodes ``f"step:{self.n_steps:6d}, ep:{self.n_episodes:4d}, " f"R:{R:.3f}"`` as in ``main.py``
(``R`` the mean return of the batch of episodes just trained on), and at the end of each run the
list of evaluation scores, ``print(score_seq)``. Here: two algorithms (plain total-return weights;
reward-to-go with a batch-mean baseline) with a linear softmax policy in NumPy on a small
re-implementation of the cart-pole dynamics, batches of 10 episodes, 600 episodes each, an
evaluation of 20 episodes every 200.

Truth: the script's batch mean return ``R`` at the ``step`` the line states (the environment
steps so far; the line also states ``ep``). The evaluation list is printed without a label:
printed, no truth. ``lr=0.03`` in the banner is a setting: ``params``.
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

    truth = Truth()
    lr = 0.03
    for algo_num in (1, 2):
        print("====================================")
        print(f"algo{algo_num}, lr={lr}")
        print("====================================")
        rng = np.random.default_rng(31 + algo_num)
        w = np.zeros(4)
        n_steps = n_episodes = 0
        score_seq = []

        def episode(w, greedy=False):
            s = tuple(rng.uniform(-0.05, 0.05, 4))
            feats = []
            for _ in range(300):
                p1 = 1.0 / (1.0 + np.exp(-np.dot(w, s)))
                a = int(rng.random() < p1)
                feats.append((a - p1) * np.asarray(s))
                s, done = cartpole_step(s, a)
                if done:
                    break
            return feats

        while n_episodes < 600:
            batch = [episode(w) for _ in range(10)]
            returns = np.array([len(f) for f in batch], dtype=float)
            grad = np.zeros(4)
            for f, ret in zip(batch, returns):
                f = np.asarray(f)
                if algo_num == 1:
                    grad += ret * f.sum(axis=0)
                else:
                    togo = np.arange(len(f), 0, -1, dtype=float) - returns.mean() / 2
                    grad += (togo[:, None] * f).sum(axis=0)
            w = w + lr * 0.01 * grad / len(batch)
            n_steps += int(returns.sum())
            n_episodes += len(batch)
            if n_episodes % 50 == 0:
                R = returns.mean()
                print(f"step:{n_steps:6d}, ep:{n_episodes:4d}, " f"R:{R:.3f}")
                truth.add(at=n_steps, R=R)
            if n_episodes % 200 == 0:
                score_seq.append(float(np.mean([len(episode(w)) for _ in range(20)])))
        print(score_seq, flush=True)
    truth.write("the script's mean return of the batch trained on, each printed line",
                libraries=("numpy",), params={"lr": lr}, rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"sotetsuk": run}, root=HELDOUT31)
