"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written Q-learning loop printing as AmitBera007/RL_project-frozen_lake ``qlearning.py``
does: a tqdm bar over the episodes (``dynamic_ncols=True``), and every 1000 episodes
``pbar.set_description(f"\nAverage reward after {episode} episodes: {avg_reward:.2f}")`` (the
description itself starts with a newline), the average over 100 greedy evaluation episodes.
Here: our own 4x4 slippery Frozen Lake (no gym), alpha 0.1, gamma 0.99, epsilon 0.1 as in the
original, 6000 episodes.

Truth: ``Average reward``, step = the episode count the description states.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import tqdm

    rng = np.random.default_rng(28)
    lake = "SFFFFHFHFFFHHFFG"
    moves = [(0, -1), (1, 0), (0, 1), (-1, 0)]

    def step(s, a):
        a = (a + int(rng.integers(-1, 2))) % 4
        r, c = divmod(s, 4)
        dr, dc = moves[a]
        r, c = min(max(r + dr, 0), 3), min(max(c + dc, 0), 3)
        s2 = r * 4 + c
        return s2, float(lake[s2] == "G"), lake[s2] in "HG"

    def evaluate_policy(Q, n):
        policy = np.argmax(Q, axis=1)
        total = 0.0
        for _ in range(n):
            s, done, k = 0, False, 0
            while not done and k < 100:
                s, r, done = step(s, policy[s])
                total += r
                k += 1
        return total / n

    Q = np.zeros((16, 4))
    num_episodes, alpha, gamma, epsilon = 6000, 0.1, 0.99, 0.1
    truth = Truth()
    pbar = tqdm(total=num_episodes, dynamic_ncols=True)
    for episode in range(num_episodes):
        s, done, k = 0, False, 0
        while not done and k < 100:
            a = int(rng.integers(4)) if rng.uniform(0, 1) < epsilon else int(np.argmax(Q[s]))
            s2, r, done = step(s, a)
            Q[s, a] += alpha * (r + gamma * Q[s2].max() - Q[s, a])
            s = s2
            k += 1
        pbar.update(1)
        if episode % 1000 == 0:
            avg_reward = evaluate_policy(Q, 100)
            pbar.set_description(f"\nAverage reward after {episode} episodes: {avg_reward:.2f}")
            truth.add(at=episode, **{"Average reward": avg_reward})
    pbar.close()
    truth.write("the script's greedy-evaluation average reward", libraries=("numpy", "tqdm"),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"frozenlake": run}, root=HELDOUT34)
