"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written tabular Q-learning run printing as the kept output in eddogola/c57-project
``README.md`` (its Q-learning section) shows: every 100 episodes ``Episode: 100, Avg Reward:
24.19, Avg Steps: 24.19, Epsilon: 0.606``, then an empty line, ``Evaluation Results:``,
``Average Reward: 28.90``, ``Average Steps: 28.90``. Here: a re-implemented cart-pole
(Euler steps, reward 1 a step, 200 steps at most) with a discretised state, epsilon decaying by
0.995 an episode, 1000 episodes, then 10 greedy evaluation episodes.

Truth: ``Avg Reward``, ``Avg Steps`` (means over the last 100 episodes) at the episode;
``Epsilon`` optional (a schedule); ``eval/Average Reward``, ``eval/Average Steps`` (under
``Evaluation Results:``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import math
    import numpy as np

    rng = np.random.default_rng(33)

    def step(s, a):
        x, xd, th, thd = s
        force = 10.0 if a == 1 else -10.0
        ct, st = math.cos(th), math.sin(th)
        temp = (force + 0.05 * thd * thd * st) / 1.1
        thacc = (9.8 * st - ct * temp) / (0.5 * (4.0 / 3.0 - 0.1 * ct * ct / 1.1))
        xacc = temp - 0.05 * thacc * ct / 1.1
        s = (x + 0.02 * xd, xd + 0.02 * xacc, th + 0.02 * thd, thd + 0.02 * thacc)
        done = abs(s[0]) > 2.4 or abs(s[2]) > 0.2095
        return s, done

    bins = [np.linspace(-2.4, 2.4, 3), np.linspace(-2, 2, 5), np.linspace(-0.21, 0.21, 7), np.linspace(-2, 2, 7)]

    def disc(s):
        return tuple(int(np.digitize(v, b)) for v, b in zip(s, bins))

    Q = {}
    def q(s):
        return Q.setdefault(s, np.zeros(2))

    def episode(eps, learn):
        s = tuple(rng.uniform(-0.05, 0.05, 4))
        d = disc(s)
        total = steps = 0
        for _ in range(200):
            a = int(rng.integers(2)) if rng.random() < eps else int(np.argmax(q(d)))
            s, done = step(s, a)
            nd = disc(s)
            total += 1.0
            steps += 1
            if learn:
                target = 1.0 + (0 if done else 0.99 * q(nd).max())
                q(d)[a] += 0.1 * (target - q(d)[a])
            d = nd
            if done:
                break
        return total, steps

    truth = Truth()
    epsilon = 1.0
    rewards, lengths = [], []
    for ep in range(1, 1001):
        r, n = episode(epsilon, True)
        rewards.append(r)
        lengths.append(n)
        epsilon = max(0.01, epsilon * 0.995)
        if ep % 100 == 0:
            avg_r, avg_s = float(np.mean(rewards[-100:])), float(np.mean(lengths[-100:]))
            print(f"Episode: {ep}, Avg Reward: {avg_r:.2f}, Avg Steps: {avg_s:.2f}, Epsilon: {epsilon:.3f}")
            truth.add(at=ep, **{"Avg Reward": avg_r, "Avg Steps": avg_s})
            truth.allow(Epsilon=epsilon)
    ev = [episode(0.0, False) for _ in range(10)]
    avg_r, avg_s = float(np.mean([e[0] for e in ev])), float(np.mean([e[1] for e in ev]))
    print()
    print("Evaluation Results:")
    print(f"Average Reward: {avg_r:.2f}")
    print(f"Average Steps: {avg_s:.2f}")
    truth.add(**{"eval/Average Reward": avg_r, "eval/Average Steps": avg_s})
    truth.write("the script's mean episode reward and length over the last 100 episodes and over "
                "the evaluation episodes", libraries=("numpy",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"c57": run}, root=HELDOUT33)
