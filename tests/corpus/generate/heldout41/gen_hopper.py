"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written NumPy REINFORCE loop printing as 010111-xy/mldl24_project ``train.py``: ``Action
space: Box(-1.0, 1.0, (1,), float32)``, ``State space: Box(-inf, inf, (2,), float32)``,
``Dynamics parameters: [2.53429174 3.92699082]`` (a NumPy array), then every ``print_every``
episodes two lines, ``Training episode: 19`` and ``Episode return: 12.345678901234`` (``print``
with a comma: an unformatted float). Here: a Gaussian linear policy on our 1-D point-mass task
(push a mass to the origin; the masses are the "dynamics parameters"), REINFORCE with a
normalised return, 400 episodes, a report every 20 (the original: MuJoCo's Hopper, 100000
episodes, every 20000).

Truth: ``Episode return`` at the episode its ``Training episode: n`` line states (the original
prints the 0-based episode index).
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(6)
    masses = np.array([2.53429174, 3.92699082])

    class PointMass:
        def reset(self):
            self.x, self.v, self.t = rng.uniform(-2, 2), 0.0, 0
            return np.array([self.x, self.v], dtype=np.float32)

        def step(self, a):
            force = float(np.clip(a, -1, 1)[0])
            self.v = 0.9 * self.v + force / masses.sum() * 4
            self.x += 0.1 * self.v
            self.t += 1
            reward = 1.0 - abs(self.x)
            return (np.array([self.x, self.v], dtype=np.float32), reward, self.t >= 50, {})

    env = PointMass()
    print('Action space:', 'Box(-1.0, 1.0, (1,), float32)')
    print('State space:', 'Box(-inf, inf, (2,), float32)')
    print('Dynamics parameters:', masses)
    w, b, log_std = np.zeros(2), 0.0, -0.5
    n_episodes, print_every, gamma, lr = 400, 20, 0.99, 0.02
    truth = Truth()
    for episode in range(n_episodes):
        done, train_reward = False, 0
        state = env.reset()
        states, actions, rewards = [], [], []
        while not done:
            mu = float(w @ state + b)
            action = np.array([mu + np.exp(log_std) * rng.standard_normal()])
            states.append(state)
            actions.append(action[0])
            state, reward, done, info = env.step(action)
            rewards.append(reward)
            train_reward += reward
        returns, g = [], 0.0
        for r in reversed(rewards):
            g = r + gamma * g
            returns.insert(0, g)
        returns = np.array(returns)
        returns = (returns - returns.mean()) / (returns.std() + 1e-8)
        S, A = np.array(states), np.array(actions)
        mus = S @ w + b
        dmu = (A - mus) / np.exp(2 * log_std) * returns
        w += lr * (dmu @ S) / len(A)
        b += lr * dmu.mean()
        log_std += lr * np.mean((((A - mus) ** 2) / np.exp(2 * log_std) - 1) * returns)
        if (episode + 1) % print_every == 0:
            print('Training episode:', episode)
            print('Episode return:', train_reward)
            truth.add(at=episode, **{"Episode return": train_reward})
    truth.write("the episodes' summed rewards", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"hopper": run}, root=HELDOUT41)
