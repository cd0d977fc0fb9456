"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written RL loop printing as LiuYu0521/RL ``Pytorch_RL/main.py`` does: every 100
episodes it runs TEST=10 greedy test episodes and prints ``print('episode: ', episode,
'Average Reward: ', average_reward)`` (print's own spaces: ``episode:  100 Average Reward:
-14.2``). Here: tabular Q-learning (NumPy) on a 12-cell corridor with a slippery floor, reward
-1 a step and +10 at the goal, 2000 episodes, a test every 100.

Truth: the script's average test reward, ``Average Reward``, at the episode the line states.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(32)
    N, STEP_LIMIT, TEST = 12, 60, 10
    Q = np.zeros((N, 2))

    def step(s, a):
        move = 1 if a == 1 else -1
        if rng.random() < 0.2:
            move = -move
        s2 = min(max(s + move, 0), N - 1)
        done = s2 == N - 1
        return s2, (10.0 if done else -1.0), done

    truth = Truth()
    for episode in range(2000):
        s = 0
        eps = max(0.05, 1.0 - episode / 600)
        for _ in range(STEP_LIMIT):
            a = int(rng.integers(2)) if rng.random() < eps else int(np.argmax(Q[s] + 1e-9 * rng.random(2)))
            s2, r, done = step(s, a)
            Q[s, a] += 0.02 * (r + (0 if done else 0.95 * Q[s2].max()) - Q[s, a])
            s = s2
            if done:
                break
        if episode % 100 == 0:
            total_reward = 0
            for i in range(TEST):
                s = 0
                for j in range(STEP_LIMIT):
                    a = int(np.argmax(Q[s]))
                    s, r, done = step(s, a)
                    total_reward = total_reward + r
                    if done:
                        break
            average_reward = total_reward / TEST
            print('episode: ', episode, 'Average Reward: ', average_reward)
            truth.add(at=episode, **{"Average Reward": average_reward})
    truth.write("the script's average reward over its 10 test episodes", libraries=("numpy",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"liuyu": run}, root=HELDOUT32)
