"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch PPO loop printing tables in the layout of ZeshiWu/ML-capstone-project-
``sophie_breakout_results.md`` (a kept run's console output: the boxed tables that
stable-baselines3 prints): after every rollout a box of dashes with ``| rollout/ |`` (``ep_len_mean``,
``ep_rew_mean``), ``| time/ |`` (``fps``, ``iterations``, ``time_elapsed``, ``total_timesteps``)
and, from the second rollout on, ``| train/ |`` (``approx_kl``, ``clip_fraction``,
``clip_range``, ``entropy_loss``, ``explained_variance``, ``learning_rate``, ``loss``,
``n_updates``, ``policy_gradient_loss``, ``value_loss``); keys under a section set four columns in, the columns
as wide as their longest entry, floats with three significant digits except ``approx_kl`` (a
NumPy float32, printed whole, as in the kept run). Our table writer is ours. Here: a small
PPO (clipped objective, value loss, entropy bonus) on a 1-D corridor, 7 rollouts of 256 steps.

Truth: ``rollout/ep_rew_mean`` and the ``train/`` losses and statistics (``approx_kl``,
``clip_fraction``, ``entropy_loss``, ``explained_variance``, ``loss``,
``policy_gradient_loss``, ``value_loss``) at the table's ``total_timesteps`` (issue 11's item 1:
a block's step is its own ``total_timesteps``-like row; this truth said ``iterations`` until the
twenty-eighth session, see tests/corpus/README.md). ``ep_len_mean`` (an
episode length) is optional; ``clip_range`` and ``learning_rate`` are settings (optional);
``fps``, ``time_elapsed``, ``total_timesteps``, ``iterations`` and ``n_updates`` are counters
and times.
"""

import time

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def fmt(v):
    import numpy as np

    if isinstance(v, float) and not isinstance(v, np.float32):
        return f"{v:<8.3g}"
    return str(v)


def dump(sections):
    rows = []
    for sec, items in sections:
        rows.append((f"{sec}/", ""))
        for k, v in items:
            rows.append((f"   {k}", fmt(v)))
    kw = max(len(k) for k, _ in rows)
    vw = max(len(v) for _, v in rows)
    dashes = "-" * (kw + vw + 7)
    print(dashes)
    for k, v in rows:
        print(f"| {k.ljust(kw)} | {v.ljust(vw)} |")
    print(dashes)


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(22)
    torch.manual_seed(22)
    N = 6
    pi = nn.Sequential(nn.Linear(N, 32), nn.Tanh(), nn.Linear(32, 2))
    vf = nn.Sequential(nn.Linear(N, 32), nn.Tanh(), nn.Linear(32, 1))
    lr, clip = 3e-3, 0.2
    opt = torch.optim.Adam(list(pi.parameters()) + list(vf.parameters()), lr=lr)
    eye = torch.eye(N)
    truth = Truth()
    start = time.time()
    n_updates = 0
    s, t, ep_r = 0, 0, 0.0
    ep_rews, ep_lens = [], []
    train_stats = None
    for it in range(1, 8):
        S, A, R, D, LP = [], [], [], [], []
        for _ in range(256):
            with torch.no_grad():
                dist = torch.distributions.Categorical(logits=pi(eye[s]))
                a = dist.sample()
            s2 = min(max(s + (1 if int(a) == 1 else -1), 0), N - 1)
            t += 1
            r = 1.0 if s2 == N - 1 else -0.05
            done = s2 == N - 1 or t >= 25
            S.append(s), A.append(int(a)), R.append(r), D.append(done), LP.append(dist.log_prob(a).item())
            ep_r += r
            s = s2
            if done:
                ep_rews.append(ep_r), ep_lens.append(t)
                s, t, ep_r = 0, 0, 0.0
        St = eye[torch.tensor(S)]
        with torch.no_grad():
            V = vf(St).squeeze(1).numpy()
        ret, g = np.zeros(256), 0.0
        for k in range(255, -1, -1):
            g = R[k] + 0.95 * g * (0.0 if D[k] else 1.0)
            ret[k] = g
        adv = ret - V
        rows = [("rollout", [("ep_len_mean", float(np.mean(ep_lens[-100:]))),
                             ("ep_rew_mean", float(np.mean(ep_rews[-100:])))]),
                ("time", [("fps", int(256 * it / (time.time() - start + 1e-9))),
                          ("iterations", it), ("time_elapsed", int(time.time() - start)),
                          ("total_timesteps", 256 * it)])]
        truth.add(at=256 * it, **{"rollout/ep_rew_mean": float(np.mean(ep_rews[-100:]))})
        truth.allow(**{"rollout/ep_len_mean": float(np.mean(ep_lens[-100:]))})
        if train_stats is not None:
            rows.append(("train", train_stats))
            for k, v in train_stats:
                if k in ("clip_range", "learning_rate"):
                    truth.allow(**{f"train/{k}": float(v)})
                elif k != "n_updates":
                    truth.add(at=256 * it, **{f"train/{k}": float(v)})
        dump(rows)
        At = torch.tensor(A)
        old_lp = torch.tensor(LP)
        advt = torch.tensor(adv, dtype=torch.float32)
        advt = (advt - advt.mean()) / (advt.std() + 1e-8)
        rett = torch.tensor(ret, dtype=torch.float32)
        pg_l, v_l, ent_l, kls, cfs, losses = [], [], [], [], [], []
        for epoch in range(4):
            perm = torch.randperm(256)
            for b in range(0, 256, 64):
                idx = perm[b:b + 64]
                dist = torch.distributions.Categorical(logits=pi(St[idx]))
                lp = dist.log_prob(At[idx])
                ratio = torch.exp(lp - old_lp[idx])
                pg = -torch.min(advt[idx] * ratio,
                                advt[idx] * ratio.clamp(1 - clip, 1 + clip)).mean()
                vl = ((vf(St[idx]).squeeze(1) - rett[idx]) ** 2).mean()
                ent = -dist.entropy().mean()
                loss = pg + 0.5 * vl + 0.01 * ent
                opt.zero_grad()
                loss.backward()
                opt.step()
                with torch.no_grad():
                    lr_ = lp - old_lp[idx]
                    kls.append(((torch.exp(lr_) - 1) - lr_).mean().numpy())
                cfs.append(((ratio - 1).abs() > clip).float().mean().item())
                pg_l.append(pg.item()), v_l.append(vl.item()), ent_l.append(ent.item())
                losses.append(loss.item())
            n_updates += 1
        ev = 1 - np.var(ret - V) / (np.var(ret) + 1e-8)
        train_stats = [("approx_kl", np.float32(np.mean(kls))),
                       ("clip_fraction", float(np.mean(cfs))), ("clip_range", clip),
                       ("entropy_loss", float(np.mean(ent_l))), ("explained_variance", float(ev)),
                       ("learning_rate", lr), ("loss", losses[-1]), ("n_updates", n_updates * 4),
                       ("policy_gradient_loss", float(np.mean(pg_l))),
                       ("value_loss", float(np.mean(v_l)))]
    truth.write("the script's rollout and update statistics", libraries=("torch", "numpy"),
                rel=5e-3, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"zeshiwu": run}, root=HELDOUT39)
