"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

Tabular Q-learning printing as jsupratman13/ai_programming
``pyfiles/machine_learning/reinforcement_learning/frozen_lake/q_learning.py``: the agent's
``test()`` plays 100 greedy episodes and prints ``'success rate: ' + str(total_reward/100)``
(a Python 2 print statement there; the same text here), once before training and once after
20000 Q-learning episodes (gamma 0.99, alpha 0.01, epsilon 0.3), as its ``__main__`` does.
Here: the re-implemented slippery 4x4 FrozenLake of ``_toy.FrozenLake``.

Truth: the two ``success rate`` values, no step.
"""

from _toy import FrozenLake
from _capture import HELDOUT38, Truth, main


class Agent(object):
    def __init__(self, env):
        import numpy as np

        self.env = env
        self.gamma, self.alpha, self.num_episodes, self.epsilon = 0.99, 0.1, 100, 0.5
        self.Q = np.zeros([env.observation_n, env.action_n])
        self.rng = np.random.default_rng(6)

    def epsilon_greedy(self, Q, state):
        import numpy as np

        if self.rng.uniform() < self.epsilon:
            return self.env.sample()
        return int(np.argmax(Q[state, :]))

    def QLearning(self):
        import numpy as np

        for episode in range(self.num_episodes):
            s = self.env.reset()
            while True:
                a = self.epsilon_greedy(self.Q, s)
                s2, r, done = self.env.step(a)
                self.Q[s, a] = self.Q[s, a] + self.alpha * (r + self.gamma * np.max(self.Q[s2, :]) - self.Q[s, a])
                s = s2
                if done:
                    break

    def test(self, truth):
        import numpy as np

        total_reward = 0
        for i in range(100):
            s = self.env.reset()
            reward = 0
            while True:
                a = int(np.argmax(self.Q[s, :]))
                s2, r, done = self.env.step(a)
                s = s2
                reward += r
                if done:
                    break
            total_reward += reward
        print('success rate: ' + str(total_reward / 100))
        truth.add(**{"success rate": total_reward / 100})


def run() -> None:
    truth = Truth()
    agent = Agent(FrozenLake(seed=6))
    agent.gamma, agent.alpha, agent.num_episodes = 0.99, 0.01, 20000
    agent.epsilon = 0.3
    agent.test(truth)
    agent.QLearning()
    agent.test(truth)
    truth.write("the script's greedy success rates", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"successrate": run}, root=HELDOUT38)
