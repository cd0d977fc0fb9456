"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written RL loop printing as psguazz/procgen_ppo ``main.py`` does: one ``tqdm.trange`` over
the episodes and ``t.set_postfix(reward=reward, average=avg_reward)`` after each (tqdm formats
the floats itself, to three significant digits: ``average=1.83, reward=2.5``; the keys sorted).
Here: a softmax policy trained by REINFORCE on a toy "coin collecting" chain (reward 0.5 a coin,
-0.1 a step, 12 steps an episode), 18 episodes.

Truth: ``reward`` (the episode's total reward) and ``average`` (the mean over all episodes so
far) of each postfix, no step (the bar's count is the only counter); each postfix state once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    import tqdm

    rng = np.random.default_rng(27)
    coins = rng.random(10) < 0.5
    theta = np.zeros((10, 3))
    rewards = []
    truth = Truth()
    t = tqdm.trange(18)
    for _ in t:
        s, traj, total = 5, [], 0.0
        taken = coins.copy()
        for step in range(12):
            p = np.exp(theta[s] - theta[s].max())
            p /= p.sum()
            a = int(rng.choice(3, p=p))
            s = min(max(s + (a - 1), 0), 9)
            r = -0.1 + (0.5 if taken[s] else 0.0)
            taken[s] = False
            traj.append((s, a, p))
            total += r
        for (st, a, p) in traj:
            g = -p
            g[a] += 1
            theta[st] += 0.2 * total * g
        reward = total
        rewards.append(reward)
        avg_reward = sum(rewards) / len(rewards)
        t.set_postfix(reward=reward, average=avg_reward)
        truth.add(reward=reward, average=avg_reward)
    t.close()
    truth.write("the script's episode reward and running mean, as passed to set_postfix",
                libraries=("numpy", "tqdm"), rel=5e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"procgen": run}, root=HELDOUT34)
