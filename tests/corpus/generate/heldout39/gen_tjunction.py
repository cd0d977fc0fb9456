"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written TD3 loop printing as Spencer266/T-Juntion ``algo/td3/train.py``: every 10th
episode ``"Episode " + str(episode) + ": " + str(episode_reward)`` (the episode's summed
reward, an unformatted float). Here: a tiny TD3 (twin critics, delayed actor, target smoothing)
on a 1-D point that must be driven to the origin, 200 episodes of 20 steps.

Truth: the episode reward printed after ``Episode n:``, named ``Episode`` (the line's only
word), at the printed episode.
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(7)
    rng = np.random.default_rng(7)

    def net(i, o, out=None):
        layers = [nn.Linear(i, 32), nn.ReLU(), nn.Linear(32, o)]
        return nn.Sequential(*(layers + ([out] if out else [])))

    actor, actor_t = net(1, 1, nn.Tanh()), net(1, 1, nn.Tanh())
    c1, c2, c1_t, c2_t = net(2, 1), net(2, 1), net(2, 1), net(2, 1)
    for a, b in ((actor_t, actor), (c1_t, c1), (c2_t, c2)):
        a.load_state_dict(b.state_dict())
    opt_a = torch.optim.Adam(actor.parameters(), lr=1e-3)
    opt_c = torch.optim.Adam(list(c1.parameters()) + list(c2.parameters()), lr=1e-3)
    buf = []
    gamma, tau, step_count = 0.9, 0.01, 0
    truth = Truth()
    for episode in range(200):
        state = rng.uniform(-1, 1)
        episode_reward = 0
        for step in range(20):
            with torch.no_grad():
                action = actor(torch.tensor([[state]], dtype=torch.float32)).item()
            action = float(np.clip(action + rng.normal(0, 0.2), -1, 1))
            next_state = float(np.clip(state + 0.2 * action, -2, 2))
            reward = -abs(next_state)
            buf.append((state, action, reward, next_state))
            episode_reward += reward
            state = next_state
            if len(buf) > 64:
                step_count += 1
                idx = rng.integers(0, len(buf), 64)
                s, a, r, s2 = (torch.tensor([[buf[k][j]] for k in idx], dtype=torch.float32)
                               for j in range(4))
                with torch.no_grad():
                    a2 = (actor_t(s2) + (0.2 * torch.randn_like(a)).clamp(-0.5, 0.5)).clamp(-1, 1)
                    q_t = r + gamma * torch.min(c1_t(torch.cat([s2, a2], 1)),
                                                c2_t(torch.cat([s2, a2], 1)))
                sa = torch.cat([s, a], 1)
                loss_c = ((c1(sa) - q_t) ** 2).mean() + ((c2(sa) - q_t) ** 2).mean()
                opt_c.zero_grad()
                loss_c.backward()
                opt_c.step()
                if step_count % 2 == 0:
                    loss_a = -c1(torch.cat([s, actor(s)], 1)).mean()
                    opt_a.zero_grad()
                    loss_a.backward()
                    opt_a.step()
                    for t_net, src in ((actor_t, actor), (c1_t, c1), (c2_t, c2)):
                        for p_t, p in zip(t_net.parameters(), src.parameters()):
                            p_t.data.mul_(1 - tau).add_(tau * p.data)
        if episode % 10 == 0:
            print("Episode " + str(episode) + ": " + str(episode_reward))
            truth.add(at=episode, Episode=episode_reward)
    truth.write("the script's episode rewards", libraries=("torch", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"tjunction": run}, root=HELDOUT39)
