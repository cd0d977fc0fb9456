"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written advantage actor-critic printing as zyj0704033/Voltage_Reinforcement
``volreinforce/main.py`` (``run_steps``): every ``log_interval`` steps ``print('total steps %d,
returns %.2f/%.2f/%.2f/%.2f (mean/median/min/max), %.2f steps/s' % (agent.total_step,
np.mean(rewards), np.median(rewards), np.min(rewards), np.max(rewards), log_interval /
(time.time() - t0)))`` over the episodes finished since the last line, which are then cleared.
The original logs every 24480 steps of a grid-voltage simulation; here a toy voltage-regulation
task (keep a drifting bus voltage near 1.0 p.u. with a discrete tap action, 24-step episodes),
a 5-step A2C, logged every 480 steps, 5760 steps.

Truth: the four returns as ``returns/mean``, ``returns/median``, ``returns/min``,
``returns/max`` (the names the parenthesis gives them) at the printed total steps; steps/s is a
rate.
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(25)
    rng = np.random.default_rng(25)

    class A2CAgent:
        def __init__(self):
            self.net = nn.Sequential(nn.Linear(3, 32), nn.Tanh())
            self.pi, self.v = nn.Linear(32, 3), nn.Linear(32, 1)
            params = [*self.net.parameters(), *self.pi.parameters(), *self.v.parameters()]
            self.opt = torch.optim.Adam(params, lr=3e-3)
            self.total_step, self.episode_rewards = 0, []
            self.reset()

        def reset(self):
            self.volt, self.t, self.ret = 1.0 + rng.uniform(-0.05, 0.05), 0, 0.0

        def obs(self):
            return torch.tensor([self.volt - 1.0, self.t / 24, 1.0], dtype=torch.float32)

        def step(self):
            logs, vals, rews = [], [], []
            for _ in range(5):
                h = self.net(self.obs())
                dist = torch.distributions.Categorical(logits=self.pi(h))
                a = dist.sample()
                logs.append(dist.log_prob(a))
                vals.append(self.v(h).squeeze())
                self.volt += 0.01 * (a.item() - 1) + rng.normal(0, 0.004) + 0.003
                r = -100 * (self.volt - 1.0) ** 2
                rews.append(r)
                self.ret += r
                self.t += 1
                self.total_step += 1
                if self.t >= 24:
                    self.episode_rewards.append(self.ret)
                    self.reset()
            ret, R = [], self.v(self.net(self.obs())).squeeze().detach()
            for r in reversed(rews):
                R = r + 0.99 * R
                ret.insert(0, R)
            ret, vals, logs = torch.stack(ret), torch.stack(vals), torch.stack(logs)
            adv = ret - vals
            loss = -(logs * adv.detach()).mean() + 0.5 * adv.pow(2).mean()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    truth = Truth()
    max_steps, log_interval = 5760, 480
    agent = A2CAgent()
    t0 = time.time()
    while True:
        if log_interval and not agent.total_step % log_interval and agent.total_step:
            rewards = agent.episode_rewards
            agent.episode_rewards = []
            print('total steps %d, returns %.2f/%.2f/%.2f/%.2f (mean/median/min/max), %.2f steps/s'
                  % (agent.total_step, np.mean(rewards), np.median(rewards), np.min(rewards),
                     np.max(rewards), log_interval / (time.time() - t0)))
            truth.add(at=agent.total_step, **{"returns/mean": np.mean(rewards),
                                              "returns/median": np.median(rewards),
                                              "returns/min": np.min(rewards),
                                              "returns/max": np.max(rewards)})
            t0 = time.time()
        if max_steps and agent.total_step >= max_steps:
            break
        agent.step()
    truth.write("the agent's finished-episode returns", libraries=("torch", "numpy"), rel=1e-3,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"voltage": run}, root=HELDOUT43)
