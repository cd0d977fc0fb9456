"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

Tabular Q-learning in a room-graph MDP printing as karpekov/q-learning-game
``backend/q_learning.py`` (``QLearningAgent.train``): a tqdm bar over the episodes first
described ``Training Q-Learning Agent``, whose description is set after every episode to
``f"Training | Avg Reward: {r:4.0f} | Avg Episode Length: {l:4.0f} | ε: {eps:.4f} | α:
{alpha:.5f}"`` (means over the last 500 episodes, so here over all of them). Here: a 3 x 3
room graph of our own (start in a corner, +10 goal and -10 pit in two others, step cost -0.05,
the original's moderate stochasticity 0.8/0.1/0.1), epsilon 0.3 decaying by 0.95 an episode,
alpha 0.5 with the original's 1/(1 + rate * episode) decay, 25 episodes; the visualisation and
JSON export that follow training are left out.

Truth: every description state once: ``train/Avg Reward`` (the description starts with
``Training``), without step. ``Avg Episode Length`` (a length), ``ε`` and ``α`` (schedules) are
optional. Whole numbers printed by ``{:4.0f}``: tolerance 0.5.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import random
    from collections import defaultdict

    from tqdm import tqdm

    random.seed(18)
    adj = {"S": ["B", "D"], "B": ["S", "C", "E"], "C": ["B", "F"], "D": ["S", "E", "G"],
           "E": ["B", "D", "F", "H"], "F": ["C", "E", "GOAL"], "G": ["D", "H"],
           "H": ["E", "G", "PIT"], "GOAL": [], "PIT": []}
    terminal_rewards = {"GOAL": 10.0, "PIT": -10.0}
    probs = (0.8, 0.1, 0.1)
    model = defaultdict(dict)
    for s, nbrs in adj.items():
        for i, nxt in enumerate(nbrs):
            n = len(nbrs)
            model[s][i] = [(probs[0], nxt), (probs[1], nbrs[(i - 1) % n]),
                           (probs[2], nbrs[(i + 1) % n])]

    class Agent:
        def __init__(self):
            self.epsilon, self.epsilon_decay, self.epsilon_min = 0.3, 0.95, 0.01
            self.alpha = self.initial_alpha = 0.5
            self.alpha_decay_rate, self.gamma = 0.05, 0.9
            self.q_values = defaultdict(lambda: defaultdict(float))
            self.episode_length_history = []

        def best(self, state):
            acts = list(range(len(adj[state])))
            best_value = max(self.q_values[state][a] for a in acts)
            return random.choice([a for a in acts if self.q_values[state][a] == best_value])

        def train_episode(self, episode_num, max_steps=1000):
            state, total_reward, step_count = "S", 0.0, 0
            while step_count < max_steps:
                acts = list(range(len(adj[state])))
                action = random.choice(acts) if random.random() < self.epsilon else self.best(state)
                trans = model[state][action]
                nxt = random.choices([s for _, s in trans], weights=[p for p, _ in trans])[0]
                reward = -0.05 + terminal_rewards.get(nxt, 0.0)
                total_reward += reward
                best_next = 0 if not adj[nxt] else self.q_values[nxt][self.best(nxt)]
                self.q_values[state][action] += self.alpha * (
                    reward + self.gamma * best_next - self.q_values[state][action])
                state, step_count = nxt, step_count + 1
                if nxt in terminal_rewards:
                    break
            self.episode_length_history.append(step_count)
            self.epsilon = max(self.epsilon_min, self.epsilon * self.epsilon_decay)
            self.alpha = self.initial_alpha / (1 + self.alpha_decay_rate * episode_num)
            return total_reward, step_count

    agent = Agent()
    truth = Truth()
    rewards = []
    pbar = tqdm(range(25), desc="Training Q-Learning Agent")
    for i in pbar:
        episode_reward, steps = agent.train_episode(episode_num=i)
        rewards.append(episode_reward)
        recent_mean_reward = sum(rewards[-500:]) / len(rewards[-500:])
        hist = agent.episode_length_history
        recent_mean_length = sum(hist[-500:]) / len(hist[-500:])
        pbar.set_description(f"Training | Avg Reward: {recent_mean_reward:4.0f} | Avg Episode Length: {recent_mean_length:4.0f} | ε: {agent.epsilon:.4f} | α: {agent.alpha:.5f}")
        truth.add(**{"train/Avg Reward": recent_mean_reward})
        truth.allow(**{"train/Avg Episode Length": recent_mean_length, "train/ε": agent.epsilon,
                       "train/α": agent.alpha})  # the description's phase, as for the reward
    truth.write("the running mean episode reward, one per description state",
                libraries=("tqdm",), rel=1e-6, abs_tol=0.5)


if __name__ == "__main__":
    main(__file__, {"roomq": run}, root=HELDOUT50)
