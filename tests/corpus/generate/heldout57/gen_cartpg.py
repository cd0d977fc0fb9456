"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

REINFORCE with a learned value baseline, printing as venkatKrishnan86/Pytorch-Tutorials
``Reinforcement Learning/04-Policy-Gradients/train-REINFORCE.py``: after every episode
``f'Episode {episode}, Total Reward: {sum(rewards)}'`` (0-based episode, the float sum of the
rewards: ``23.0``), nothing else. Here: our own NumPy cart-pole (the classic equations, at most
200 steps; gym is not in the corpus environment), the script's policy and value networks,
epsilon-greedy exploration decaying 0.997 per episode from 1.0, Adam 1e-3, 40 episodes.

Truth: ``Total Reward`` at the printed episode.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import math
    import random

    import numpy as np
    import torch
    from torch import nn
    from torch.distributions import Categorical

    random.seed(33)
    rng = np.random.default_rng(33)
    torch.manual_seed(33)

    class CartPole:
        def reset(self):
            self.s = rng.uniform(-0.05, 0.05, 4)
            self.t = 0
            return self.s.copy(), {}

        def step(self, action):
            x, x_dot, th, th_dot = self.s
            force = 10.0 if action == 1 else -10.0
            ct, st = math.cos(th), math.sin(th)
            temp = (force + 0.05 * th_dot ** 2 * st) / 1.1
            th_acc = (9.8 * st - ct * temp) / (0.5 * (4.0 / 3.0 - 0.1 * ct ** 2 / 1.1))
            x_acc = temp - 0.05 * th_acc * ct / 1.1
            x, x_dot = x + 0.02 * x_dot, x_dot + 0.02 * x_acc
            th, th_dot = th + 0.02 * th_dot, th_dot + 0.02 * th_acc
            self.s = np.array([x, x_dot, th, th_dot])
            self.t += 1
            done = abs(x) > 2.4 or abs(th) > 0.2095 or self.t >= 200
            return self.s.copy(), 1.0, done, False, {}

    env = CartPole()
    policy_network = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
    value_network = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 1))
    value_criterion = nn.MSELoss()
    policy_optimizer = torch.optim.Adam(policy_network.parameters(), lr=0.001)
    value_optimizer = torch.optim.Adam(value_network.parameters(), lr=0.001)
    gamma, epsilon, epsilon_min, epsilon_decay = 0.992, 1.0, 0.01, 0.997
    truth = Truth()
    for episode in range(40):
        state, _ = env.reset()
        state = torch.FloatTensor(state)
        done = False
        log_probs, values, rewards = [], [], []
        while not done:
            if random.random() < epsilon:
                action = random.randrange(2)
                log_prob = torch.log(1.0 / torch.tensor(2.0))
            else:
                dist = Categorical(torch.softmax(policy_network(state), 0))
                action = dist.sample()
                log_prob = dist.log_prob(action)
                action = action.item()
            next_state, reward, done, _, _ = env.step(action)
            values.append(value_network(state))
            rewards.append(reward)
            log_probs.append(log_prob)
            state = torch.FloatTensor(next_state)
        rtg, g = [], 0.0
        for r in reversed(rewards):
            g = r + gamma * g
            rtg.insert(0, g)
        returns_to_go = torch.FloatTensor(rtg).detach()
        values = torch.stack(values).squeeze(-1)
        log_probs = torch.stack(log_probs).squeeze()
        advantage = returns_to_go - values
        policy_loss = -(log_probs * advantage).mean()
        value_loss = value_criterion(values, returns_to_go)
        policy_optimizer.zero_grad()
        policy_loss.backward(retain_graph=True)
        policy_optimizer.step()
        value_optimizer.zero_grad()
        value_loss.backward()
        value_optimizer.step()
        print(f'Episode {episode}, Total Reward: {sum(rewards)}')
        truth.add(at=episode, **{"Total Reward": sum(rewards)})
        if epsilon > epsilon_min:
            epsilon *= epsilon_decay
    truth.write("the script's episode reward sums", libraries=("torch", "numpy"),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"cartpg": run}, root=HELDOUT57)
