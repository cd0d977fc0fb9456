"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written RL loop printing as the output kept in ankonzoid/LearningX
``deep_RL/cartpole/README.md`` shows: ``[episode 0/300] total reward: 11, epsilon: 1.0``
(an integer reward; epsilon rounded to two decimals). Here: tabular Q-learning on a 12-cell
corridor (reward 1 per step survived, up to 60 steps; falling off the left end ends the episode),
40 episodes, epsilon decaying by 0.95 an episode after the first eight.

Truth: each episode's total reward, ``total reward``, step = the episode printed. Epsilon is a
schedule: optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(3)
    n_states, n_ep = 12, 40
    q = np.zeros((n_states, 2))
    eps = 1.0
    truth = Truth()
    for ep in range(n_ep):
        s, total = 6, 0
        for t in range(60):
            a = int(rng.integers(2)) if rng.random() < eps else int(q[s].argmax())
            drift = 1 if rng.random() < 0.8 else -1
            s2 = s + (drift if a == 1 else -drift)
            done = s2 < 0
            s2 = min(max(s2, 0), n_states - 1)
            r = 0.0 if done else 1.0
            target = r + (0.0 if done else 0.9 * q[s2].max())
            q[s, a] += 0.2 * (target - q[s, a])
            total += int(r)
            s = s2
            if done:
                break
        print(f"[episode {ep}/{n_ep}] total reward: {total}, epsilon: {round(eps, 2)}")
        truth.add(at=ep, **{"total reward": total})
        truth.allow(epsilon=round(eps, 2))
        if ep >= 7:
            eps = max(0.01, eps * 0.95)
    truth.write("the script's episode reward sums", libraries=("numpy",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"learningx": run}, root=HELDOUT34)
