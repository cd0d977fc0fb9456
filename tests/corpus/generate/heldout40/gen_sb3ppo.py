"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PPO loop printing as the sample terminal output in
kushagrathisside/rl-ppo-policy-check ``README.md`` (stable-baselines3's console logger on a
MuJoCo task): after each rollout a boxed two-column table between dashed rules, group rows
``| time/ |`` and ``| train/ |`` with the keys indented under them, ``fps``, ``iterations``,
``time_elapsed``, ``total_timesteps`` and ``approx_kl``, ``clip_fraction``, ``clip_range``,
``entropy_loss``, ``explained_variance``, ``learning_rate``, ``loss``, ``n_updates``,
``policy_gradient_loss``, ``std``, ``value_loss``; Python floats printed ``{:<8.3g}``, the
float32 ``approx_kl`` by ``str``, the widths from the longest key and value. The first table
(before any update) has the ``time/`` group only. Here: clipped PPO with a Gaussian policy and a
value head on a 1-D point-to-origin task with 64-step episodes that never end early, 6
iterations of 256 steps, 4 epochs of 4 minibatches (the README's run shows no ``rollout/``
group either). The writer is ours, after stable-baselines3's ``HumanOutputFormat``.

Truth (issue 11 item 1): one step per table, the step its ``total_timesteps`` row; names joined
with their group, ``train/approx_kl``, ``train/clip_fraction``, ``train/entropy_loss``,
``train/explained_variance``, ``train/loss``, ``train/policy_gradient_loss``, ``train/std``,
``train/value_loss``. Optional: ``train/clip_range``, ``train/learning_rate`` (settings) and
``train/n_updates`` (a counter); the ``time/`` rows are no metrics.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def dump(key_values):
    """stable-baselines3's HumanOutputFormat.write, for the keys this run logs."""
    key2str, tag = {}, ""
    for key, value in sorted(key_values.items()):
        value_str = f"{value:<8.3g}" if isinstance(value, float) else str(value)
        if key.find("/") > 0:
            tag = key[: key.find("/") + 1]
            key2str[(tag, tag)] = ""
        if len(tag) > 0 and tag in key:
            key = "   " + key[len(tag):]
        key2str[(tag, key)] = value_str
    key_width = max(len(k) for _, k in key2str)
    val_width = max(len(v) for v in key2str.values())
    dashes = "-" * (key_width + val_width + 7)
    lines = [dashes]
    for (_, key), value in key2str.items():
        lines.append(f"| {key}{' ' * (key_width - len(key))} | {value}{' ' * (val_width - len(value))} |")
    lines.append(dashes)
    print("\n".join(lines))


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    truth = Truth()
    torch.manual_seed(11)
    rng = np.random.default_rng(11)
    pi = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
    vf = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
    log_std = nn.Parameter(torch.zeros(1))
    params = list(pi.parameters()) + list(vf.parameters()) + [log_std]
    lr, clip_range, n_steps, n_epochs, gamma, lam = 3e-4 * 10, 0.2, 256, 4, 0.99, 0.95
    opt = torch.optim.Adam(params, lr=lr)
    start = time.time()
    x, t_ep, total, n_updates = float(rng.uniform(-2, 2)), 0, 0, 0
    for iteration in range(1, 7):
        obs, acts, rews, vals, logps = [], [], [], [], []
        with torch.no_grad():
            for _ in range(n_steps):
                o = torch.tensor([[x]], dtype=torch.float32)
                mu, v = pi(o), vf(o)
                dist = torch.distributions.Normal(mu, log_std.exp())
                a = dist.sample()
                obs.append(o)
                acts.append(a)
                logps.append(dist.log_prob(a).sum())
                vals.append(v.item())
                x = x + 0.1 * float(a.clamp(-1, 1))
                rews.append(-abs(x))
                t_ep += 1
                if t_ep == 64:
                    x, t_ep = float(rng.uniform(-2, 2)), 0
        total += n_steps
        adv, last = np.zeros(n_steps), 0.0
        for t in reversed(range(n_steps)):
            nv = vals[t + 1] if t + 1 < n_steps else vals[t]
            delta = rews[t] + gamma * nv - vals[t]
            last = delta + gamma * lam * last
            adv[t] = last
        returns = adv + np.array(vals)
        O, A = torch.cat(obs), torch.cat(acts)
        LP = torch.stack(logps)
        ADV, RET = torch.tensor(adv, dtype=torch.float32), torch.tensor(returns, dtype=torch.float32)
        values_before = np.array(vals)
        logs = {}
        if iteration > 1:
            pg_losses, value_losses, entropy_losses, clip_fractions, kls = [], [], [], [], []
            for _ in range(n_epochs):
                order = torch.randperm(n_steps)
                for i in range(0, n_steps, 64):
                    idx = order[i:i + 64]
                    dist = torch.distributions.Normal(pi(O[idx]), log_std.exp())
                    lp = dist.log_prob(A[idx]).sum(1)
                    adv_b = (ADV[idx] - ADV[idx].mean()) / (ADV[idx].std() + 1e-8)
                    ratio = torch.exp(lp - LP[idx])
                    pg = -torch.min(adv_b * ratio, adv_b * ratio.clamp(1 - clip_range, 1 + clip_range)).mean()
                    v_loss = ((RET[idx] - vf(O[idx]).squeeze(1)) ** 2).mean()
                    ent = -dist.entropy().mean()
                    loss = pg + 0.0 * ent + 0.5 * v_loss
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
                    pg_losses.append(pg.item())
                    value_losses.append(v_loss.item())
                    entropy_losses.append(ent.item())
                    clip_fractions.append(torch.mean((torch.abs(ratio - 1) > clip_range).float()).item())
                    with torch.no_grad():
                        log_ratio = lp - LP[idx]
                        kls.append(torch.mean((torch.exp(log_ratio) - 1) - log_ratio).cpu().numpy())
                n_updates += 1
            var_y = np.var(returns)
            explained_var = float(np.nan if var_y == 0 else 1 - np.var(returns - values_before) / var_y)
            logs = {"train/entropy_loss": float(np.mean(entropy_losses)),
                    "train/policy_gradient_loss": float(np.mean(pg_losses)),
                    "train/value_loss": float(np.mean(value_losses)),
                    "train/approx_kl": np.mean(kls),
                    "train/clip_fraction": float(np.mean(clip_fractions)),
                    "train/loss": loss.item(),
                    "train/explained_variance": explained_var,
                    "train/std": log_std.exp().mean().item(),
                    "train/n_updates": n_updates,
                    "train/clip_range": clip_range,
                    "train/learning_rate": lr}
        elapsed = max(time.time() - start, 1e-8)
        logs.update({"time/iterations": iteration, "time/fps": int(total / elapsed),
                     "time/time_elapsed": int(elapsed), "time/total_timesteps": total})
        dump(logs)
        for k, v in logs.items():
            if k.startswith("time/"):
                continue
            if k in ("train/n_updates", "train/clip_range", "train/learning_rate"):
                truth.allow(**{k: float(v)})
            else:
                truth.add(at=total, **{k: float(v)})
    truth.write("the loop's logged values; the tables print floats to three significant digits",
                libraries=("torch",), rel=5e-3, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"sb3ppo": run}, root=HELDOUT40)
