"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A policy-training loop printing as soreng25/Adversarial-Transformer-PPO-agent-in-Cartpole
``train_victim.py``: per training iteration ``f"victim iter {i + 1}: mean_episode_return={reward}"``
(the unformatted mean return of the iteration's episodes) and at the end ``f"victim checkpoint:
{path}"``. Here: our own REINFORCE with a mean baseline on our NumPy cart-pole (for RLlib's PPO on
the stateless cart-pole), 12 iterations of 8 episodes.

Truth: ``mean_episode_return`` at the printed iteration (the leading ``victim`` is no phase word).
"""

from _toy import CartPole
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(53)
    env = CartPole(seed=53, limit=200)
    policy = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 2))
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    truth = Truth()
    for i in range(12):
        logps, rets = [], []
        for _ in range(8):
            s, done, lp, rews = env.reset(), False, [], []
            while not done:
                dist = torch.distributions.Categorical(logits=policy(torch.tensor(s, dtype=torch.float32)))
                a = dist.sample()
                lp.append(dist.log_prob(a))
                s, r, done = env.step(int(a))
                rews.append(r)
            g, G = 0.0, []
            for r in reversed(rews):
                g = r + 0.99 * g
                G.insert(0, g)
            logps.append((torch.stack(lp), torch.tensor(G)))
            rets.append(sum(rews))
        base = np.mean([G.mean().item() for _, G in logps])
        loss = -sum((lp * (G - base)).sum() for lp, G in logps) / len(logps)
        opt.zero_grad()
        loss.backward()
        opt.step()
        reward = float(np.mean(rets))
        print(f"victim iter {i + 1}: mean_episode_return={reward}")
        truth.add(at=i + 1, mean_episode_return=reward)
    print("victim checkpoint: checkpoints/victim")
    truth.write("the script's mean episode returns", libraries=("torch", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"victim": run}, root=HELDOUT49)
