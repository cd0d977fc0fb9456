"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

Tabular Q-learning logging as Nguyen-Tien-Duy/reinforcement-learning-labs
``lab2/q_learning_frozenlake.py``: ``logging.basicConfig`` with ``%(asctime)s [%(levelname)s]
%(message)s`` and a ``StreamHandler`` (stderr), Vietnamese messages, every 1000 episodes
``Episode: 1000/10000 - Reward trung bình (1000 eps gần nhất): 0.0140 - epsilon: 0.3742``, the
converged Q-table as a NumPy array after ``Q-table hội tụ:``, then ``--- Đánh giá Agent ---``
and ``Đánh giá hoàn tất. Agent chạm đích thành công 74/100 episodes.``. Here: a NumPy
FrozenLake 4x4 (slippery, 100-step limit, gymnasium's map and rules) stands in for gymnasium;
the same hyperparameters (10000 episodes, alpha 0.8, gamma 0.95, exponential epsilon decay);
the log file handler is left out (stderr only).

Truth: the average reward of the last 1000 episodes, named as printed (``Reward trung bình
(1000 eps gần nhất)``), at the episode the line prints. Optional: epsilon, the state and action
space sizes, the success count of the evaluation.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


class FrozenLake:
    """gymnasium's FrozenLake-v1 4x4, is_slippery=True, 100-step limit."""
    MAP = ["SFFF", "FHFH", "FFFH", "HFFG"]

    def __init__(self, rng):
        self.rng = rng

    def reset(self):
        self.s, self.t = 0, 0
        return self.s

    def step(self, a):
        a = (a + int(self.rng.integers(3)) - 1) % 4  # intended or one of the two perpendicular
        r, c = divmod(self.s, 4)
        if a == 0:
            c = max(c - 1, 0)
        elif a == 1:
            r = min(r + 1, 3)
        elif a == 2:
            c = min(c + 1, 3)
        else:
            r = max(r - 1, 0)
        self.s = r * 4 + c
        self.t += 1
        cell = self.MAP[r][c]
        return self.s, float(cell == "G"), cell in "GH", self.t >= 100


def run() -> None:
    import logging
    import random

    import numpy as np

    logging.basicConfig(level=logging.INFO, format='%(asctime)s [%(levelname)s] %(message)s',
                        handlers=[logging.StreamHandler()])
    random.seed(6)
    rng = np.random.default_rng(6)
    truth = Truth()

    logging.info("Khởi tạo môi trường FrozenLake-v1 (gymnasium)")
    env = FrozenLake(rng)
    state_space, action_space = 16, 4
    logging.info(f"State space: {state_space}, Action space: {action_space}")
    truth.allow(**{"State space": state_space, "Action space": action_space})
    q_table = np.zeros((state_space, action_space))
    total_episodes, learning_rate, gamma = 10000, 0.8, 0.95
    epsilon, max_epsilon, min_epsilon, decay_rate = 1.0, 1.0, 0.01, 0.001
    rewards_all_episodes = []

    logging.info("Bắt đầu huấn luyện...")
    for episode in range(total_episodes):
        state = env.reset()
        done = truncated = False
        rewards_current_episode = 0
        while not (done or truncated):
            if random.uniform(0, 1) > epsilon:
                action = int(np.argmax(q_table[state, :]))
            else:
                action = int(rng.integers(4))
            new_state, reward, done, truncated = env.step(action)
            q_table[state, action] = q_table[state, action] * (1 - learning_rate) + \
                learning_rate * (reward + gamma * np.max(q_table[new_state, :]))
            state = new_state
            rewards_current_episode += reward
        epsilon = min_epsilon + (max_epsilon - min_epsilon) * np.exp(-decay_rate * episode)
        rewards_all_episodes.append(rewards_current_episode)
        if (episode + 1) % 1000 == 0:
            avg_reward = sum(rewards_all_episodes[-1000:]) / 1000
            logging.info(f"Episode: {episode + 1}/{total_episodes} - Reward trung bình "
                         f"(1000 eps gần nhất): {avg_reward:.4f} - epsilon: {epsilon:.4f}")
            truth.add(at=episode + 1, **{"Reward trung bình (1000 eps gần nhất)": avg_reward})
            truth.allow(epsilon=epsilon)

    logging.info("Huấn luyện hoàn tất!")
    logging.info("\nQ-table hội tụ:")
    logging.info("\n" + str(q_table))
    logging.info("--- Đánh giá Agent ---")
    eval_episodes, successful_episodes = 100, 0
    env_eval = FrozenLake(rng)
    for _ in range(eval_episodes):
        state = env_eval.reset()
        done = truncated = False
        while not (done or truncated):
            action = int(np.argmax(q_table[state, :]))
            state, reward, done, truncated = env_eval.step(action)
            if done and reward == 1:
                successful_episodes += 1
    logging.info(f"Đánh giá hoàn tất. Agent chạm đích thành công "
                 f"{successful_episodes}/{eval_episodes} episodes.")
    truth.allow(**{"Agent chạm đích thành công": successful_episodes})
    truth.write("the script's running average rewards", rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"frozenvi": run}, root=HELDOUT53)
