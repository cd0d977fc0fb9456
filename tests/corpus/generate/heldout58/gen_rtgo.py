"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A REINFORCE (reward-to-go) loop printing as DanielGordon7/REINFORCE-Vanilla-Policy-Gradient
``reinforce.py``: every ``num_eps // 10`` episodes ``episode: {eps}, avg return:
{np.mean(returns)}`` (a NumPy float printed unformatted, the mean of the episode returns since
the last print), nothing else. Here: the script's two-layer softmax policy (``h_size`` 32, Adam
1e-2) on the NumPy cart-pole of ``_toy.CartPole`` with ``max_t`` 100, 400 episodes.

Truth: ``avg return`` at the printed episode.
"""

from _toy import CartPole
from _capture import HELDOUT58, Truth, main


def run() -> None:
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(5)

    class Policy(nn.Module):
        def __init__(self, i, h, o):
            super().__init__()
            self.expand, self.compress = nn.Linear(i, h), nn.Linear(h, o)

        def forward(self, x):
            return F.softmax(self.compress(F.relu(self.expand(x))), dim=-1)

    env = CartPole(seed=5, max_steps=100)
    policy = Policy(4, 32, 2)
    optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)
    truth = Truth()
    num_eps, max_steps, returns = 400, 100, []
    for eps in range(1, num_eps + 1):
        rewards, logprobs = [], []
        obs = env.reset()
        for _ in range(max_steps):
            probs = policy(torch.from_numpy(obs))
            action = torch.multinomial(probs, 1).item()
            logprobs.append(torch.log(probs)[action].unsqueeze(0))
            obs, r, term, trunc = env.step(action)
            rewards.append(r)
            if term or trunc:
                break
        ret = deque(maxlen=max_steps)
        ret.append(rewards[-1])
        for t in range(len(rewards) - 1)[::-1]:
            ret.appendleft(rewards[t] + ret[0])
        returns.append(ret[0])
        loss = -(torch.cat(logprobs) * torch.tensor(ret)).sum()
        if eps % (num_eps // 10) == 0:
            print(f"episode: {eps}, avg return: {np.mean(returns)}")
            truth.add(at=eps, **{"avg return": np.mean(returns)})
            returns = []
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    truth.write("the script's mean returns", libraries=("torch",), rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"rtgo": run}, root=HELDOUT58)
