"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A PPO loop logging as RuslanSergeev/cartpole_ppo ``cartpole_ppo/ppo_agent.py`` through
``cartpole_ppo/logging.py``: loguru on stderr with the format ``"{time} {level} {message}"`` (an ISO
time with microseconds and offset, then ``INFO``), messages ``f"{episode}/{epoch}/{batch_idx}: Loss:
{loss.item()}"`` every ``log_any``-th batch, and after each episode's optimisation ``test_agent``'s
``f"Episode {episode} actor lr: {lr_actor}"``, ``... critic lr: ...``, ``... summ reward:
{total_reward.item()}``, ``... average reward: {average_reward.item()}`` and a ``____`` rule. As in
the original the test rollout's rewards are normalised before they are summed and averaged, so the
two are close to zero (often printed in scientific notation). Here: loguru's line layout written
with ``print`` to stderr; a clipped-surrogate PPO with a Gaussian policy squashed by tanh on our
NumPy cart-pole (continuous force, shaped reward ``1 - |theta|``), 4 episodes of 3 epochs over the
rollouts of 2 actors, a log line every 4th batch; StepLR schedules.

Truth: ``Loss`` (full precision) without a step (the ``e/p/b`` prefix holds three counters);
``summ reward`` and ``average reward`` at the episode their lines state. Optional: the ``actor lr`` and
``critic lr`` values.
"""

from _toy import CartPole
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import datetime
    import sys

    import numpy as np
    import torch
    import torch.nn as nn

    def log(message):
        t = datetime.datetime.now().astimezone().strftime("%Y-%m-%dT%H:%M:%S.%f%z")
        print(f"{t} INFO {message}", file=sys.stderr, flush=True)

    torch.manual_seed(61)
    env = CartPole(seed=61, limit=80)
    actor = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 2))
    critic = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 1))
    opt_a = torch.optim.Adam(actor.parameters(), lr=1e-3)
    opt_c = torch.optim.Adam(critic.parameters(), lr=0.5e-3)
    sch_a = torch.optim.lr_scheduler.StepLR(opt_a, step_size=2, gamma=0.9)
    sch_c = torch.optim.lr_scheduler.StepLR(opt_c, step_size=2, gamma=0.9)
    truth = Truth()

    def rollout(n):
        S, A, LP, R = [], [], [], []
        s = env.reset()
        with torch.no_grad():
            for _ in range(n):
                st = torch.tensor(s, dtype=torch.float32)
                mean, log_std = actor(st)
                u = mean + log_std.clamp(-2, 1).exp() * torch.randn(())
                lp = torch.distributions.Normal(mean, log_std.clamp(-2, 1).exp()).log_prob(u)
                force = torch.tanh(u).item()
                env_action = 1 if force > 0 else 0
                s2, _, done = env.step(env_action)
                S.append(st); A.append(u); LP.append(lp); R.append(1.0 - abs(s2[2]) * 4)
                s = env.reset() if done else s2
        R = torch.tensor(R)
        R = (R - R.mean()) / (R.std() + 1e-8)
        S = torch.stack(S)
        with torch.no_grad():
            V = critic(S).squeeze(1)
        G, g = torch.zeros_like(R), 0.0
        for t in reversed(range(len(R))):
            g = R[t] + 0.99 * g
            G[t] = g
        return S, torch.stack(A), torch.stack(LP), R, G, G - V

    for episode in range(4):
        data = [rollout(160) for _ in range(2)]
        S, A, LP, R, G, ADV = (torch.cat(x) for x in zip(*data))
        for epoch in range(3):
            perm = torch.randperm(len(S))
            for batch_idx, i in enumerate(range(0, len(S), 32)):
                j = perm[i:i + 32]
                mean, log_std = actor(S[j]).unbind(1)
                dist = torch.distributions.Normal(mean, log_std.clamp(-2, 1).exp())
                ratio = (dist.log_prob(A[j]) - LP[j]).exp()
                adv = ADV[j]
                pol = -torch.min(ratio * adv, ratio.clamp(0.8, 1.2) * adv).mean()
                val = ((critic(S[j]).squeeze(1) - G[j]) ** 2).mean()
                loss = pol + 0.5 * val - 0.01 * dist.entropy().mean()
                opt_a.zero_grad(); opt_c.zero_grad()
                loss.backward()
                opt_a.step(); opt_c.step()
                if batch_idx % 4 == 0:
                    log(f"{episode}/{epoch}/{batch_idx}: Loss: {loss.item()}")
                    truth.add(Loss=loss.item())
        _, _, _, R, _, _ = rollout(160)
        total_reward, average_reward = R.sum(), R.mean()
        lr_a, lr_c = opt_a.param_groups[0]["lr"], opt_c.param_groups[0]["lr"]
        log(f"Episode {episode} actor lr: {lr_a}")
        log(f"Episode {episode} critic lr: {lr_c}")
        log(f"Episode {episode} summ reward: {total_reward.item()}")
        log(f"Episode {episode} average reward: {average_reward.item()}")
        log("__________________________________")
        truth.add(at=episode, **{"summ reward": total_reward.item(), "average reward": average_reward.item()})
        truth.allow(**{"actor lr": lr_a, "critic lr": lr_c})
        sch_a.step(); sch_c.step()
    truth.write("the script's batch losses and test-rollout reward sums", libraries=("torch",),
                rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"loguruppo": run}, root=HELDOUT49)
