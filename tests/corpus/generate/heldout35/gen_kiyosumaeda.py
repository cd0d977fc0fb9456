"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as kiyosumaeda/ReinforcementLearningTutorial ``RLbook/k_arm_bandit.py``: a 10-armed
bandit testbed, greedy sample-average agents; after each run ``print("finished ", j, " step")``,
and at the end, for every time step, ``print("mean reward: ", total_reward[i]/episode)``
(print's separators, the float unformatted). Here 40 runs of 30 steps (the original: 2000 of
1000), epsilon 0.1 instead of 0, and no output file.

Truth: ``mean reward`` at each of the 30 time steps, no step (the line states none); the run
counter of ``finished  j  step`` is no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(7)
    k, total_step, episode, epsilon = 10, 30, 40, 0.1
    total_reward = [0 for _ in range(total_step)]
    for j in range(episode):
        reward_list = rng.normal(0, 1, size=k)
        q = np.zeros(k)
        step_count = np.zeros(k)
        for i in range(total_step):
            a = rng.integers(k) if rng.random() < epsilon else int(np.argmax(q))
            r = float(rng.normal(reward_list[a], 1))
            step_count[a] += 1
            q[a] = q[a] + (r - q[a]) / step_count[a]
            total_reward[i] += r
        print("finished ", j, " step")
    truth = Truth()
    for i in range(total_step):
        print("mean reward: ", total_reward[i] / episode)
        truth.add(**{"mean reward": total_reward[i] / episode})
    truth.write("the script's mean reward at each time step over the runs",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"kiyosumaeda": run}, root=HELDOUT35)
