"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A PPO run printing as the stable-baselines3 log kept in SmartFlow-AI4CFD/SmartFlow
``examples/channel/tmp3.py``: ``Using cpu device``, the env-wrapping notices, then after every
rollout the logger's two-column table between dashed rules: group rows ``rollout/``, ``time/``,
``train/`` and indented keys (``ep_len_mean``, ``ep_rew_mean``, ``fps``, ``iterations``,
``time_elapsed``, ``total_timesteps``, ``approx_kl``, ``clip_fraction``, ``clip_range``, ``entropy_loss``,
``explained_variance``, ``learning_rate``, ``loss``, ``n_updates``, ``policy_gradient_loss``,
``value_loss``); floats as ``{:<8.3g}``, ``approx_kl`` as a float32's ``str``, the first table without
the ``train/`` group. The table is written here by a re-implementation of the logger's layout
(column widths from the longest key and value). Here: our own PPO (clipped surrogate, GAE,
4 epochs of minibatches of 64 over 256-step rollouts) on our NumPy cart-pole, 5 iterations.

Truth: one step per table at its ``total_timesteps`` row; names joined with their group:
``rollout/ep_len_mean``, ``rollout/ep_rew_mean``, ``train/approx_kl``, ``train/clip_fraction``,
``train/entropy_loss``, ``train/explained_variance``, ``train/loss``, ``train/policy_gradient_loss``,
``train/value_loss``. Optional: ``time/fps``, ``time/iterations``, ``time/time_elapsed``,
``time/total_timesteps``, ``train/clip_range``, ``train/learning_rate``, ``train/n_updates``.
"""

from _toy import CartPole
from _capture import HELDOUT49, Truth, main


def table(kv):
    key2str, tag = {}, None
    for key, value in sorted(kv.items()):
        value_str = f"{value:<8.3g}" if isinstance(value, float) else str(value)
        if key.find("/") > 0:
            tag = key[: key.find("/") + 1]
            key2str[tag] = ""
        if tag is not None and tag in key:
            key = "   " + key[len(tag):]
        key2str[key] = value_str
    kw = max(map(len, key2str.keys()))
    vw = max(map(len, key2str.values()))
    dashes = "-" * (kw + vw + 7)
    lines = [dashes] + [f"| {k}{' ' * (kw - len(k))} | {v}{' ' * (vw - len(v))} |"
                        for k, v in key2str.items()] + [dashes]
    print("\n".join(lines))


def run() -> None:
    import collections
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    print("Using cpu device")
    print("Wrapping the env with a `Monitor` wrapper")
    print("Wrapping the env in a DummyVecEnv.")
    torch.manual_seed(67)
    env = CartPole(seed=67, limit=200)
    pi = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Linear(64, 2))
    vf = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Linear(64, 1))
    opt = torch.optim.Adam(list(pi.parameters()) + list(vf.parameters()), lr=3e-4)
    n_steps, lr, clip = 256, 3e-4, 0.2
    ep_info = collections.deque(maxlen=100)
    s, ep_r, ep_l = env.reset(), 0.0, 0
    t0, total, n_updates = time.time(), 0, 0
    truth = Truth()
    train_log = None
    for iteration in range(1, 6):
        S, A, LP, R, D, V = [], [], [], [], [], []
        with torch.no_grad():
            for _ in range(n_steps):
                st = torch.tensor(s, dtype=torch.float32)
                dist = torch.distributions.Categorical(logits=pi(st))
                a = dist.sample()
                s2, r, done = env.step(int(a))
                S.append(st); A.append(a); LP.append(dist.log_prob(a)); R.append(r)
                D.append(float(done)); V.append(vf(st).item())
                ep_r += r; ep_l += 1
                if done:
                    ep_info.append((ep_r, ep_l)); s, ep_r, ep_l = env.reset(), 0.0, 0
                else:
                    s = s2
            last_v = vf(torch.tensor(s, dtype=torch.float32)).item()
        total += n_steps
        adv, gae = np.zeros(n_steps), 0.0
        for t in reversed(range(n_steps)):
            nv = last_v if t == n_steps - 1 else V[t + 1]
            delta = R[t] + 0.99 * nv * (1 - D[t]) - V[t]
            gae = delta + 0.99 * 0.95 * (1 - D[t]) * gae
            adv[t] = gae
        ret = adv + np.array(V)
        S, A, LP = torch.stack(S), torch.stack(A), torch.stack(LP)
        adv_t, ret_t = torch.tensor(adv, dtype=torch.float32), torch.tensor(ret, dtype=torch.float32)
        if iteration > 1:
            pass
        kv = {"rollout/ep_len_mean": float(np.mean([l for _, l in ep_info])) if ep_info else 0.0,
              "rollout/ep_rew_mean": float(np.mean([r for r, _ in ep_info])) if ep_info else 0.0,
              "time/fps": int(total / max(time.time() - t0, 1e-9)), "time/iterations": iteration,
              "time/time_elapsed": int(time.time() - t0), "time/total_timesteps": total}
        if train_log is not None:
            kv.update(train_log)
        table(kv)
        truth.add(at=total, **{k: v for k, v in kv.items() if k.startswith("rollout/")})
        truth.allow(**{k: v for k, v in kv.items() if k.startswith("time/")})
        if train_log is not None:
            truth.add(at=total, **{k: float(train_log[k]) for k in (
                "train/approx_kl", "train/clip_fraction", "train/entropy_loss", "train/explained_variance",
                "train/loss", "train/policy_gradient_loss", "train/value_loss")})
            truth.allow(**{k: train_log[k] for k in ("train/clip_range", "train/learning_rate", "train/n_updates")})
        # the update whose statistics the next table shows
        pg, vl, el, cf, kls = [], [], [], [], []
        for _ in range(4):
            perm = torch.randperm(n_steps)
            for i in range(0, n_steps, 64):
                j = perm[i:i + 64]
                dist = torch.distributions.Categorical(logits=pi(S[j]))
                lp = dist.log_prob(A[j])
                a_n = (adv_t[j] - adv_t[j].mean()) / (adv_t[j].std() + 1e-8)
                ratio = (lp - LP[j]).exp()
                pl = -torch.min(a_n * ratio, a_n * ratio.clamp(1 - clip, 1 + clip)).mean()
                vloss = ((vf(S[j]).squeeze(1) - ret_t[j]) ** 2).mean()
                ent = -dist.entropy().mean()
                loss = pl + 0.01 * ent + 0.5 * vloss
                opt.zero_grad(); loss.backward(); opt.step()
                pg.append(pl.item()); vl.append(vloss.item()); el.append(ent.item())
                cf.append(((ratio - 1).abs() > clip).float().mean().item())
                with torch.no_grad():
                    lr_ = lp - LP[j]
                    kls.append(((lr_.exp() - 1) - lr_).mean().item())
        n_updates += 4
        ev = 1 - np.var(ret - np.array(V)) / np.var(ret)
        train_log = {"train/approx_kl": np.float32(np.mean(kls)), "train/clip_fraction": float(np.mean(cf)),
                     "train/clip_range": clip, "train/entropy_loss": float(np.mean(el)),
                     "train/explained_variance": float(ev), "train/learning_rate": lr,
                     "train/loss": float(loss.item()), "train/n_updates": n_updates,
                     "train/policy_gradient_loss": float(np.mean(pg)), "train/value_loss": float(np.mean(vl))}
    truth.write("the re-implemented logger's values (PPO statistics of the preceding update)",
                libraries=("torch", "numpy"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"sb3ppo": run}, root=HELDOUT49)
