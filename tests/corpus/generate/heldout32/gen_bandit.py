"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

An epsilon-greedy bandit printing as srikanthbaride/Reinforcement-Learning-Fundamentals-Code
``ch3_multi_armed_bandits/epsilon_greedy.py`` does: a banner ``=== ε-Greedy Multi-Armed Bandit
Demo ===``, ``Average reward: {avg_reward:.3f}`` and ``Optimal action chosen: {opt_pct:.1f}% of
the time``. Written here afresh (NumPy, 5 arms, 200 steps, epsilon 0.1, seed 42), and, as the
chapter's demo does for one setting, run once.

Truth: the script's mean reward ``Average reward`` and its percentage of optimal actions
``Optimal action chosen`` (the printed label before the number); no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np

    def epsilon_greedy_bandit(n_arms=5, n_steps=200, epsilon=0.1, seed=42):
        rng = np.random.default_rng(seed)
        true_means = rng.normal(0, 1, n_arms)
        Q = np.zeros(n_arms)
        N = np.zeros(n_arms)
        rewards = []
        optimal = 0
        for _ in range(n_steps):
            a = rng.integers(n_arms) if rng.random() < epsilon else int(np.argmax(Q))
            r = rng.normal(true_means[a], 1.0)
            N[a] += 1
            Q[a] += (r - Q[a]) / N[a]
            rewards.append(r)
            optimal += a == np.argmax(true_means)
        return float(np.mean(rewards)), 100.0 * optimal / n_steps

    truth = Truth()
    print("=== ε-Greedy Multi-Armed Bandit Demo ===")
    avg_reward, opt_pct = epsilon_greedy_bandit(epsilon=0.1)
    print(f"Average reward: {avg_reward:.3f}")
    print(f"Optimal action chosen: {opt_pct:.1f}% of the time")
    truth.add(**{"Average reward": avg_reward, "Optimal action chosen": opt_pct})
    truth.write("the script's mean reward and percentage of optimal actions",
                libraries=("numpy",), rel=1e-3, abs_tol=0.0005)


if __name__ == "__main__":
    main(__file__, {"bandit": run}, root=HELDOUT32)
