"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written bandit run printing as NirmalyaRakshit/COMP532_Assignment1
``Visualisation_example.py`` does after its simulation: ``f'Average Reward: {average_reward:.3f}'``
and ``f'Optimal Reward: {optimal_reward:.3f}'`` (a constant, 0.5, set in the script). Here: an
epsilon-greedy 10-armed Gaussian bandit, epsilon 0.1, 2000 plays (as in the original), the
average of the estimated action values taken as in the original (``sum(action_values) /
n_plays``, action_values being the chosen arm's estimate after each play); no plot.

Truth: ``Average Reward``; ``Optimal Reward`` is a constant of the script: optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(16)
    n_arms, epsilon, n_plays = 10, 0.1, 2000
    true = rng.normal(0, 1, n_arms)
    q = np.zeros(n_arms)
    n = np.zeros(n_arms)
    action_values = []
    for _ in range(n_plays):
        a = int(rng.integers(n_arms)) if rng.random() < epsilon else int(q.argmax())
        r = rng.normal(true[a], 1.0)
        n[a] += 1
        q[a] += (r - q[a]) / n[a]
        action_values.append(q[a])
    average_reward = sum(action_values) / n_plays
    optimal_reward = 0.5
    print(f'Average Reward: {average_reward:.3f}')
    print(f'Optimal Reward: {optimal_reward:.3f}')
    truth = Truth()
    truth.add(**{"Average Reward": average_reward})
    truth.allow(**{"Optimal Reward": optimal_reward})
    truth.write("the script's mean of the chosen arms' value estimates", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"comp532": run}, root=HELDOUT34)
