"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

Vanilla policy gradient with a value baseline, printed as rob-pitkin/vanilla-policy-gradient
``Agent.py`` (``PolicyGradientAgent.train`` and ``evaluate_agent``, run by ``train.py``): every
1000th episode ``Episode 0/100000, Policy Loss: <float>, Baseline Loss: <float>`` (unformatted),
then ``Average reward after 10 episodes: 21.4``. Here: the original's networks (4-128-2 policy,
4-128-1 baseline, Adam lr 1e-4, gamma 0.99) on a NumPy cart-pole with gym's dynamics (200-step
limit) instead of gymnasium's CartPole-v1, 300 episodes with a line every 30th. The losses are
computed as in the original, which rebuilds the log-probabilities and baseline values with
``torch.tensor`` (so neither network receives a gradient; kept as published, with the
UserWarning PyTorch prints on stderr for it).

Truth: ``Policy Loss`` and ``Baseline Loss`` at the printed episode (0-based, ``Episode i/N``),
and ``Average reward after 10 episodes`` without a step.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import CartPole
from _capture import HELDOUT53, Truth, main


def run() -> None:
    from collections import deque

    import torch
    import torch.nn as nn
    import torch.optim as optim

    torch.manual_seed(14)

    class PolicyNetwork(nn.Module):
        def __init__(self):
            super().__init__()
            self.ff1, self.ff2 = nn.Linear(4, 128), nn.Linear(128, 2)
            self.activation, self.softmax = nn.ReLU(), nn.Softmax(dim=-1)

        def forward(self, x):
            return self.softmax(self.ff2(self.activation(self.ff1(x))))

        def select_action(self, state):
            dist = torch.distributions.Categorical(self.forward(state))
            action = dist.sample()
            return action.item(), dist.log_prob(action)

    class BaselineNetwork(nn.Module):
        def __init__(self):
            super().__init__()
            self.ff1, self.ff2, self.activation = nn.Linear(4, 128), nn.Linear(128, 1), nn.ReLU()

        def forward(self, x):
            return self.ff2(self.activation(self.ff1(x)))

    policy, baseline = PolicyNetwork(), BaselineNetwork()
    discount_factor = 0.99
    policy_optim = optim.Adam(policy.parameters(), lr=1e-4)
    baseline_optim = optim.Adam(baseline.parameters(), lr=1e-4)
    env = CartPole(seed=14)
    truth = Truth()

    def calculate_return(rewards):
        returns, running_return = deque(), 0
        for i, r in enumerate(reversed(rewards)):
            running_return += r * (discount_factor ** i)
            returns.appendleft(running_return)
        return list(returns)

    num_episodes = 300
    for i in range(num_episodes):
        rewards, log_probs, baseline_values = [], [], []
        obs = env.reset()
        episode_over = False
        while not episode_over:
            state = torch.tensor(obs, dtype=torch.float32)
            action, log_prob = policy.select_action(state)
            baseline_value = baseline.forward(state)
            obs, reward, terminated, truncated = env.step(action)
            rewards.append(reward)
            log_probs.append(log_prob)
            baseline_values.append(baseline_value)
            episode_over = terminated or truncated
        returns = calculate_return(rewards)

        policy_optim.zero_grad()
        policy_loss = torch.tensor(0, dtype=torch.float32, requires_grad=True)
        for log_prob, r, b in zip(torch.tensor(log_probs, dtype=torch.float32),
                                  torch.tensor(returns, dtype=torch.float32),
                                  torch.tensor(baseline_values, dtype=torch.float32)):
            policy_loss = policy_loss - log_prob * (r - b)
        policy_loss.backward()
        policy_optim.step()

        baseline_optim.zero_grad()
        b = torch.tensor(baseline_values, dtype=torch.float32)
        r = torch.tensor(returns, dtype=torch.float32)
        baseline_loss = nn.MSELoss()(b, r).requires_grad_(True)
        baseline_loss.backward()
        baseline_optim.step()

        if i % 30 == 0:
            print(f"Episode {i}/{num_episodes}, Policy Loss: {policy_loss.item()}, "
                  f"Baseline Loss: {baseline_loss.item()}")
            truth.add(at=i, **{"Policy Loss": policy_loss.item(),
                               "Baseline Loss": baseline_loss.item()})

    with torch.no_grad():
        total_rewards, n_eval = 0, 10
        for _ in range(n_eval):
            obs = env.reset()
            episode_over = False
            while not episode_over:
                action, _ = policy.select_action(torch.tensor(obs, dtype=torch.float32))
                obs, reward, terminated, truncated = env.step(action)
                total_rewards += reward
                episode_over = terminated or truncated
        print(f"Average reward after {n_eval} episodes: {total_rewards / n_eval}")
        truth.add(**{"Average reward after 10 episodes": total_rewards / n_eval})
    truth.write("the agent's episode losses and evaluation reward", libraries=("torch",),
                rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"vpg": run}, root=HELDOUT53)
