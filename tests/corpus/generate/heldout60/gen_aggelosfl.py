"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

Tabular Q-learning printing as AggelosDelis/Frozen-Lake ``q_learning.py``: every 50,000
episodes ``f"Episode {episode + 1}/{EPISODES} | epsilon={epsilon:.4f} | recent avg
reward={recent_avg_reward:.4f}"`` (the mean return of those episodes), then ``Training
successes: {n} / {EPISODES}`` and the Q-table under ``================ Q-TABLE
================`` and ``Columns: LEFT, DOWN, RIGHT, UP`` (``np.set_printoptions(precision=4,
suppress=True)``). Here: the same update and exponential epsilon decay on a re-implemented
slippery 4x4 frozen lake, 6000 episodes with a line every 250.

Truth: ``recent avg reward`` at the printed episode; ``epsilon`` and ``Training successes``
are optional. The Q-table is in neither map.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main

LAKE = ["SFFF", "FHFH", "FFFH", "HFFG"]


def run() -> None:
    import numpy as np

    EPISODES, MAX_STEPS, LOG_EVERY = 6000, 100, 250
    LEARNING_RATE, GAMMA = 0.1, 0.99
    EPSILON_START, EPSILON_END, EPSILON_DECAY = 1.0, 0.05, 0.0008
    rng = np.random.default_rng(21)
    np.random.seed(21)
    moves = [(0, -1), (1, 0), (0, 1), (-1, 0)]

    def step(state, action):
        action = (action + rng.choice([-1, 0, 1])) % 4
        r, c = divmod(state, 4)
        dr, dc = moves[action]
        r, c = min(max(r + dr, 0), 3), min(max(c + dc, 0), 3)
        cell = LAKE[r][c]
        return r * 4 + c, (1.0 if cell == "G" else 0.0), cell in "HG"

    q_table = np.zeros((16, 4))
    rewards_per_episode = []
    epsilon = EPSILON_START
    training_successes = 0
    truth = Truth()
    for episode in range(EPISODES):
        state, total_reward = 0, 0.0
        for _ in range(MAX_STEPS):
            if np.random.random() < epsilon:
                action = int(np.random.randint(4))
            else:
                action = int(np.argmax(q_table[state]))
            next_state, reward, done = step(state, action)
            old_q_value = q_table[state, action]
            best_next_q_value = np.max(q_table[next_state])
            q_table[state, action] = old_q_value + LEARNING_RATE * (
                reward + GAMMA * best_next_q_value - old_q_value)
            state = next_state
            total_reward += reward
            if done:
                if reward == 1:
                    training_successes += 1
                break
        epsilon = max(EPSILON_END, epsilon * np.exp(-EPSILON_DECAY))
        rewards_per_episode.append(total_reward)
        if (episode + 1) % LOG_EVERY == 0:
            recent_avg_reward = float(np.mean(rewards_per_episode[-LOG_EVERY:]))
            print(
                f"Episode {episode + 1}/{EPISODES} | "
                f"epsilon={epsilon:.4f} | recent avg reward={recent_avg_reward:.4f}"
            )
            truth.add(at=episode + 1, **{"recent avg reward": recent_avg_reward})
            truth.allow(epsilon=epsilon)
    print(f"Training successes: {training_successes} / {EPISODES}")
    truth.allow(**{"Training successes": training_successes})
    print("\n================ Q-TABLE ================")
    print("Columns: LEFT, DOWN, RIGHT, UP")
    np.set_printoptions(precision=4, suppress=True)
    print(q_table)
    truth.write("the script's recent average rewards", libraries=("numpy",), rel=1e-5,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"aggelosfl": run}, root=HELDOUT60)
