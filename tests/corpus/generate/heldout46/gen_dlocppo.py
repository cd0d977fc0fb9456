"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PPO loop printing as dloc19/Deep-Reinforcement-Learning-Car
``Deep_RL_Carla/drl_training/train_ppo.py``: ``Device: cpu``, ``Observation contract: %d scalar
features: [...]``, ``log_std khoi tao: [...] -> std [...]``, the skipped warm-start warning
``[!] Bo qua warm-start ...``, ``actor_lr=%.1e | critic_lr=%.1e | critic_warmup_updates=%d |
BatchNorm dong bang: %d lop``, then per update ``update=%d step=%d%s policy_loss=%.4f
value_loss=%.4f kl=%.4f mean_ep_reward=%.2f (%.1f steps/s)`` (``%s`` is `` [critic-warmup]``
while the actor is frozen) and ``Da luu checkpoint: <path>`` every 4 updates. Here: a
Gaussian policy steering a point back to the centre of a 1-D lane (no CARLA, no camera, no
IL checkpoint), 10 updates of 128 steps, episodes of at most 40 steps; nothing is written.

Truth: ``policy_loss``, ``value_loss``, ``kl``, ``mean_ep_reward`` at the printed ``step`` (the
global step; ``update`` is the coarser counter). Printed settings are params.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(19)
    rng = np.random.default_rng(19)
    print("Device:", torch.device("cpu"))
    feature_names = ["lane_offset", "heading", "speed"]
    print("Observation contract: %d scalar features: %s" % (len(feature_names), feature_names))

    class Actor(nn.Module):
        def __init__(self):
            super().__init__()
            self.mu = nn.Sequential(nn.Linear(3, 32), nn.Tanh(), nn.Linear(32, 1))
            self.log_std = nn.Parameter(torch.tensor([-1.0]))

        def dist(self, s):
            return torch.distributions.Normal(self.mu(s), self.log_std.exp())

    actor = Actor()
    critic = nn.Sequential(nn.Linear(3, 32), nn.Tanh(), nn.Linear(32, 1))
    print("log_std khoi tao: %s -> std %s" % (
        [round(v, 2) for v in actor.log_std.detach().tolist()],
        [round(v, 4) for v in actor.log_std.detach().exp().tolist()]))
    print("[!] Bo qua warm-start — actor khoi tao ngau nhien (chi nen dung de doi chung/debug).")
    actor_lr, critic_lr, warmup, frozen_bn = 3e-3, 1e-2, 2, 0
    print("actor_lr=%.1e | critic_lr=%.1e | critic_warmup_updates=%d | BatchNorm dong bang: %d lop" % (
        actor_lr, critic_lr, warmup, frozen_bn))
    a_opt = torch.optim.Adam(actor.parameters(), lr=actor_lr)
    c_opt = torch.optim.Adam(critic.parameters(), lr=critic_lr)

    def reset():
        return np.array([rng.uniform(-1, 1), rng.uniform(-0.3, 0.3), 1.0]), 0

    truth = Truth()
    n_steps, n_updates, gamma, lam = 128, 10, 0.95, 0.9
    obs, t_ep = reset()
    episode_reward, global_step, recent = 0.0, 0, []
    for update in range(n_updates):
        start = time.time()
        S, A, LP, R, V, D = [], [], [], [], [], []
        for _ in range(n_steps):
            s = torch.tensor(obs, dtype=torch.float32)
            with torch.no_grad():
                d = actor.dist(s)
                a = d.sample()
                lp, v = d.log_prob(a).sum(), critic(s).squeeze()
            steer = float(a.clamp(-1, 1))
            obs = obs.copy()
            obs[1] += 0.3 * steer
            obs[0] += 0.2 * np.sin(obs[1]) + rng.normal(0, 0.02)
            t_ep += 1
            reward = 1.0 - abs(obs[0])
            done = abs(obs[0]) > 1.5 or t_ep >= 40
            S.append(s), A.append(a), LP.append(lp), R.append(reward), V.append(v), D.append(done)
            episode_reward += reward
            global_step += 1
            if done:
                recent = (recent + [episode_reward])[-20:]
                episode_reward = 0.0
                obs, t_ep = reset()
        with torch.no_grad():
            last_v = critic(torch.tensor(obs, dtype=torch.float32)).squeeze()
        adv, gae = [0.0] * n_steps, 0.0
        for t in reversed(range(n_steps)):
            nv = last_v if t == n_steps - 1 else V[t + 1]
            delta = R[t] + gamma * nv * (1 - D[t]) - V[t]
            gae = float(delta) + gamma * lam * (1 - D[t]) * gae
            adv[t] = gae
        S, A, LP = torch.stack(S), torch.stack(A), torch.stack(LP)
        adv = torch.tensor(adv, dtype=torch.float32)
        ret = adv + torch.stack(V)
        adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        freeze_actor = update < warmup
        for _ in range(4):
            d = actor.dist(S)
            new_lp = d.log_prob(A).sum(-1)
            ratio = (new_lp - LP).exp()
            policy_loss = -torch.min(ratio * adv, ratio.clamp(0.8, 1.2) * adv).mean()
            value_loss = (critic(S).squeeze(-1) - ret).pow(2).mean()
            if not freeze_actor:
                a_opt.zero_grad()
                policy_loss.backward()
                a_opt.step()
            c_opt.zero_grad()
            value_loss.backward()
            c_opt.step()
            approx_kl = (LP - new_lp.detach()).mean().item()
        elapsed = max(time.time() - start, 1e-6)
        mean_reward = float(np.mean(recent)) if recent else float("nan")
        print("update=%d step=%d%s policy_loss=%.4f value_loss=%.4f kl=%.4f mean_ep_reward=%.2f (%.1f steps/s)" % (
            update, global_step, " [critic-warmup]" if freeze_actor else "",
            policy_loss.item(), value_loss.item(), approx_kl, mean_reward, n_steps / elapsed))
        truth.add(at=global_step, policy_loss=policy_loss.item(), value_loss=value_loss.item(),
                  kl=approx_kl, mean_ep_reward=mean_reward)
        if (update + 1) % 4 == 0 or update == n_updates - 1:
            print("Da luu checkpoint:", "runs/ppo/ppo_update_%06d.pt" % (update + 1))
    truth.write("the script's PPO statistics and mean episode reward",
                libraries=("torch", "numpy"),
                params={"actor_lr": actor_lr, "critic_lr": critic_lr,
                        "critic_warmup_updates": warmup},
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dlocppo": run}, root=HELDOUT46)
