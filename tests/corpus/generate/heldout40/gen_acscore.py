"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written actor-critic loop printing as aarunsrinivas/reinforcement-learning
``ac/train.py``: after every episode ``f'Episode: {episode}, Score: {score}, Avg Score:
{np.mean(scores[-100:])}'`` (the reward sum as a float, the running mean unformatted). Here: a
one-step actor-critic (separate policy and value heads, gamma 0.95) on a re-implemented
CartPole-v0 (``_toy.CartPole``), 24 episodes.

Truth: ``Score`` and ``Avg Score`` at the episode the line states.
"""

from _toy import CartPole
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    truth = Truth()
    torch.manual_seed(9)
    env = CartPole(seed=9)
    actor = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
    critic = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(list(actor.parameters()) + list(critic.parameters()), lr=1e-3)
    scores = []
    for episode in range(24):
        score, done, state = 0, False, env.reset()
        memory = []
        while not done:
            s = torch.as_tensor(state, dtype=torch.float32)
            dist = torch.distributions.Categorical(logits=actor(s))
            a = dist.sample()
            next_state, reward, done, _ = env.step(a.item())
            memory.append((s, dist.log_prob(a), reward, torch.as_tensor(next_state, dtype=torch.float32), done))
            state = next_state
            score += reward
        loss = 0.0
        for s, logp, r, s2, d in memory:
            target = r + 0.95 * critic(s2).detach() * (1 - int(d))
            delta = target - critic(s)
            loss = loss + delta.pow(2).sum() - logp * delta.detach().sum()
        opt.zero_grad()
        (loss / len(memory)).backward()
        opt.step()
        scores.append(score)
        print(f'Episode: {episode}, Score: {score}, Avg Score: {np.mean(scores[-100:])}')
        truth.add(at=episode, Score=score, **{"Avg Score": np.mean(scores[-100:])})
    truth.write("the loop's episode reward sums and their running mean", libraries=("torch",),
                rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"acscore": run}, root=HELDOUT40)
