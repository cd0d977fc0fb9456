"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written DDPG printing as 24Jay/deep-reinforcement-learning ``ddpg/ddpg_models.py``
(``DDPGModel.update``): every so many updates ``print(f"{self.cnt=}, critic_loss:
{critic_loss.item():.4f}, action_loss: {action_loss.item():.4f}, {self.tau:}")`` (the ``=``
self-documenting f-string, then tau bare). The original prints every 1000 updates; here every
250, to keep the run short. Actor and critic as in the original (tanh output times 2), on our
pendulum-like 1-D point mass (torque in [-2, 2], reward the negative distance and effort),
batch 64, 3000 updates.

Truth: ``critic_loss`` and ``action_loss`` at the printed update count ``self.cnt``; tau is a
setting (``params``).
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(24)
    random.seed(24)
    rng = np.random.default_rng(24)

    def net(n_in, n_out):
        return nn.Sequential(nn.Linear(n_in, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(),
                             nn.Linear(64, n_out))

    class DDPGModel:
        def __init__(self, gamma=0.98, tau=0.005):
            self.actor, self.actor_target = net(3, 1), net(3, 1)
            self.critic, self.critic_target = net(4, 1), net(4, 1)
            self.actor_target.load_state_dict(self.actor.state_dict())
            self.critic_target.load_state_dict(self.critic.state_dict())
            self.actor_optimizer = torch.optim.Adam(self.actor.parameters(), lr=1e-3)
            self.critic_optimizer = torch.optim.Adam(self.critic.parameters(), lr=1e-3)
            self.gamma, self.tau, self.cnt = gamma, tau, 0

        def act(self, s):
            return torch.tanh(self.actor(s)) * 2

        def soft_update(self, net, target_net, tau):
            for p, tp in zip(net.parameters(), target_net.parameters()):
                tp.data.copy_(tau * p.data + (1 - tau) * tp.data)

        def update(self, batch):
            s, a, r, s2, d = (torch.tensor(np.array(x), dtype=torch.float32) for x in zip(*batch))
            a, r, d = a.view(-1, 1), r.view(-1, 1), d.view(-1, 1)
            with torch.no_grad():
                q_next = self.critic_target(torch.cat([s2, torch.tanh(self.actor_target(s2)) * 2],
                                                      1))
            q_target = r + self.gamma * q_next * (1 - d)
            critic_loss = F.mse_loss(self.critic(torch.cat([s, a], 1)), q_target)
            self.critic_optimizer.zero_grad()
            critic_loss.backward()
            self.critic_optimizer.step()
            action_loss = -self.critic(torch.cat([s, self.act(s)], 1)).mean()
            self.actor_optimizer.zero_grad()
            action_loss.backward()
            self.actor_optimizer.step()
            self.soft_update(self.critic, self.critic_target, self.tau)
            self.soft_update(self.actor, self.actor_target, self.tau)
            self.cnt += 1
            if self.cnt % 250 == 0:
                print(f"{self.cnt=}, critic_loss: {critic_loss.item():.4f}, action_loss: "
                      f"{action_loss.item():.4f}, {self.tau:}")
                truth.add(at=self.cnt, critic_loss=critic_loss.item(),
                          action_loss=action_loss.item())

    truth = Truth()
    agent = DDPGModel()
    buffer = deque(maxlen=10000)
    x, v, t = rng.uniform(-1, 1), 0.0, 0
    while agent.cnt < 3000:
        s = np.array([np.cos(x), np.sin(x), v])
        with torch.no_grad():
            a = agent.act(torch.tensor(s, dtype=torch.float32)).item() + 0.1 * rng.standard_normal()
        a = float(np.clip(a, -2, 2))
        v = 0.9 * v + 0.05 * a
        x = x + v
        t += 1
        done = t >= 100
        s2 = np.array([np.cos(x), np.sin(x), v])
        buffer.append((s, a, -(x ** 2) - 0.01 * a ** 2, s2, float(done)))
        if done:
            x, v, t = rng.uniform(-1, 1), 0.0, 0
        if len(buffer) >= 64:
            agent.update(random.sample(buffer, 64))
    truth.write("the model's update losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5,
                params={"tau": 0.005})


if __name__ == "__main__":
    main(__file__, {"ddpg24": run}, root=HELDOUT43)
