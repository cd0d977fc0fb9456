"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

Independent tabular Q-learning agents at traffic junctions printing as HetDedhia21/ATLAS
``train.py``: every 10th episode ``f"Episode {episode} | Total Reward: {round(total_reward,2)} |
Epsilon: {agent.epsilon:.4f}"`` (the first junction's summed reward over 200 steps; the epsilon
of the last agent after its per-episode decay). The original's SUMO-like multi-junction
simulation is a small NumPy queue model here (two junctions, two phases each, reward = minus
the waiting cars), 300 episodes.

Truth: ``Total Reward`` at the printed episode; ``Epsilon`` is optional (a schedule).
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(23)

    class QAgent:
        def __init__(self, actions, alpha=0.1, gamma=0.9, epsilon=1.0):
            self.q, self.actions = {}, actions
            self.alpha, self.gamma, self.epsilon = alpha, gamma, epsilon
            self.epsilon_min, self.epsilon_decay = 0.05, 0.97

        def choose_action(self, s):
            if rng.random() < self.epsilon:
                return int(rng.choice(self.actions))
            return int(np.argmax([self.q.get((s, a), 0.0) for a in self.actions]))

        def update(self, s, a, r, s2):
            best = max(self.q.get((s2, b), 0.0) for b in self.actions)
            old = self.q.get((s, a), 0.0)
            self.q[(s, a)] = old + self.alpha * (r + self.gamma * best - old)

    class Junction:
        def __init__(self):
            self.queues = np.zeros(2)

        def get_state(self):
            return tuple(np.minimum(self.queues, 5).astype(int))

        def step(self, phase, arrivals):
            self.queues += arrivals
            self.queues[phase] = max(0.0, self.queues[phase] - 3)
            return -float(self.queues.sum())

    agents = {j: QAgent(actions=[0, 1]) for j in ("J1", "J2")}
    truth = Truth()
    for episode in range(300):
        junctions = {"J1": Junction(), "J2": Junction()}
        states = {j: junctions[j].get_state() for j in junctions}
        total_reward = 0
        for step in range(200):
            actions = {j: agents[j].choose_action(states[j]) for j in agents}
            rewards = {j: junctions[j].step(actions[j], rng.poisson([0.9, 0.6]))
                       for j in junctions}
            next_states = {j: junctions[j].get_state() for j in junctions}
            for j in agents:
                agents[j].update(states[j], actions[j], rewards[j], next_states[j])
            states = next_states
            total_reward += list(rewards.values())[0]
        for agent in agents.values():
            if agent.epsilon > agent.epsilon_min:
                agent.epsilon *= agent.epsilon_decay
        if episode % 10 == 0:
            print(f"Episode {episode} | Total Reward: {round(total_reward,2)} | Epsilon: {agent.epsilon:.4f}")
            truth.add(at=episode, **{"Total Reward": round(total_reward, 2)})
            truth.allow(Epsilon=agent.epsilon)
    truth.write("the script's episode reward", libraries=("numpy",), rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"atlasq": run}, root=HELDOUT54)
