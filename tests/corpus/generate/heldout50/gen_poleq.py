"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

Tabular Q-learning on the cart-pole printing as danielfrg/100-days-of-ml
``3-4-openai-gym/pole-q-learning.py``: the Q-table shape as a tuple (``print(buckets +
(env.action_space.n,))``), then every 50th episode ``"Episode {} Total Reward: {}"`` with the
episode's summed reward (a float, printed by ``{}``). Here: our NumPy cart-pole (gym's
CartPole-v0 dynamics, 200 steps at most) instead of gym, without ``env.render()``; the
original's buckets, adaptive alpha and epsilon schedules and gamma; 1000 episodes.

Truth: ``Total Reward`` at the printed episode. The tuple is the table's shape, no metric.
"""

from _toy import CartPole
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import math

    import numpy as np

    np.random.seed(5)
    env = CartPole(seed=5)
    env.reset()
    high = np.array([4.8, np.inf, 0.418, np.inf])

    buckets = (1, 1, 6, 12)
    print(buckets + (2,))
    Q = np.zeros(buckets + (2,))
    n_episodes, min_alpha, ada_divisor, min_epsilon, gamma = 1000, 0.1, 25, 0.1, 1.0

    def get_alpha(t):
        return max(min_alpha, min(1.0, 1.0 - math.log10((t + 1) / ada_divisor)))

    def get_epsilon(t):
        return max(min_epsilon, min(1, 1.0 - math.log10((t + 1) / ada_divisor)))

    def choose_action(Q, state, epsilon):
        return np.random.randint(2) if np.random.random() <= epsilon else int(np.argmax(Q[state]))

    def discretize(obs):
        upper = [high[0], 0.5, high[2], math.radians(50)]
        lower = [-high[0], -0.5, -high[2], -math.radians(50)]
        ratios = [(obs[i] + abs(lower[i])) / (upper[i] - lower[i]) for i in range(len(obs))]
        new_obs = [int(round((buckets[i] - 1) * ratios[i])) for i in range(len(obs))]
        return tuple(min(buckets[i] - 1, max(0, new_obs[i])) for i in range(len(obs)))

    truth = Truth()
    for episode in range(n_episodes):
        state = discretize(env.reset())
        alpha, epsilon = get_alpha(episode), get_epsilon(episode)
        done = False
        total_reward, reward = 0, 0
        while done != True:
            action = choose_action(Q, state, epsilon)
            obs2, reward, done, info = env.step(action)
            state2 = discretize(obs2)
            Q[state][action] += alpha * (reward + gamma * np.max(Q[state2]) - Q[state][action])
            state = state2
            total_reward += reward
        if episode % 50 == 0:
            print("Episode {} Total Reward: {}".format(episode, total_reward))
            truth.add(at=episode, **{"Total Reward": total_reward})
    truth.write("the episode's summed reward", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"poleq": run}, root=HELDOUT50)
