"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written PPO-clip loop printing as RwikKamilya/rl_ppo_cartpole ``scripts/train_ppo.py``
(with ``rl_a4/ppo.py``'s update statistics): a start line ``[ppo_full seed=0] Starting training
on cpu. total_env_steps=...``, every 10th update ``  step=...  ep=...  pol_loss=+...  val_loss=...
ent=...  kl=...  clip=...  sps=...``, at each evaluation checkpoint ``  [EVAL] step=...  mean=...
std=...``, and a ``Done.`` line with steps, seconds and sps. Here: our NumPy cart-pole (200-step
cap), rollouts of 128 steps, 4 update epochs of minibatches of 64, 7,680 environment steps,
evaluation (5 greedy episodes) every 1,024 steps.

Truth: ``pol_loss``, ``val_loss`` (the value loss, named as printed), ``ent``, ``kl`` and
``clip`` (the clip fraction) at the printed ``step``; ``eval/mean`` and ``eval/std`` (the
``[EVAL]`` line) at its ``step``. ``ep`` (an episode count) and ``sps`` are no metrics.
"""

from _toy import CartPole
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(0)
    env = CartPole(seed=0)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.pi = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Linear(64, 2))
            self.v = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Linear(64, 1))

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=3e-4 * 3, eps=1e-5)
    cfg = dict(total=7680, rollout=128, epochs=4, mb=64, eval_interval=1024)
    truth = Truth()

    def evaluate():
        e = CartPole(seed=9999)
        rets = []
        for _ in range(5):
            o, done, r = e.reset(), False, 0.0
            while not done:
                with torch.no_grad():
                    a = int(net.pi(torch.tensor(o)).argmax())
                o, rew, done = e.step(a)
                r += rew
            rets.append(r)
        return float(np.mean(rets)), float(np.std(rets))

    obs = env.reset()
    global_step = episode = update_count = 0
    last_eval = -1
    start = time.time()
    print(f"[ppo_full seed=0] Starting training on cpu. total_env_steps={cfg['total']}")
    while global_step < cfg["total"]:
        buf = {k: [] for k in ("o", "a", "lp", "r", "d", "v")}
        for _ in range(cfg["rollout"]):
            ot = torch.tensor(obs)
            with torch.no_grad():
                dist = torch.distributions.Categorical(logits=net.pi(ot))
                a = dist.sample()
                lp, v = dist.log_prob(a).item(), net.v(ot).item()
            nobs, r, done = env.step(int(a))
            for k, x in zip(buf, (obs, int(a), lp, r, float(done), v)):
                buf[k].append(x)
            obs = nobs
            global_step += 1
            if done:
                episode += 1
                obs = env.reset()
        with torch.no_grad():
            last_v = 0.0 if buf["d"][-1] else net.v(torch.tensor(obs)).item()
        adv, gae = np.zeros(len(buf["r"])), 0.0
        for t in reversed(range(len(buf["r"]))):
            nv = last_v if t == len(buf["r"]) - 1 else buf["v"][t + 1]
            nonterm = 1.0 - buf["d"][t]
            delta = buf["r"][t] + 0.99 * nv * nonterm - buf["v"][t]
            gae = delta + 0.99 * 0.95 * nonterm * gae
            adv[t] = gae
        ret = adv + np.array(buf["v"])
        O = torch.tensor(np.array(buf["o"]))
        A = torch.tensor(buf["a"])
        LP = torch.tensor(buf["lp"], dtype=torch.float32)
        ADV = torch.tensor(adv, dtype=torch.float32)
        RET = torch.tensor(ret, dtype=torch.float32)
        stats = {k: [] for k in ("pl", "vl", "ent", "kl", "cf")}
        g = torch.Generator().manual_seed(update_count)
        for _ in range(cfg["epochs"]):
            perm = torch.randperm(len(O), generator=g)
            for i in range(0, len(O), cfg["mb"]):
                j = perm[i:i + cfg["mb"]]
                adv_mb = (ADV[j] - ADV[j].mean()) / (ADV[j].std() + 1e-8)
                dist = torch.distributions.Categorical(logits=net.pi(O[j]))
                log_ratio = dist.log_prob(A[j]) - LP[j]
                ratio = log_ratio.exp()
                with torch.no_grad():
                    kl = ((ratio - 1) - log_ratio).mean().item()
                    cf = ((ratio - 1.0).abs() > 0.2).float().mean().item()
                pl = -torch.min(ratio * adv_mb, torch.clamp(ratio, 0.8, 1.2) * adv_mb).mean()
                vl = 0.5 * ((RET[j] - net.v(O[j]).squeeze(-1)) ** 2).mean()
                ent = dist.entropy().mean()
                loss = pl + 0.5 * vl - 0.01 * ent
                opt.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(net.parameters(), 0.5)
                opt.step()
                for k, x in zip(stats, (pl.item(), vl.item(), ent.item(), kl, cf)):
                    stats[k].append(x)
        update_count += 1
        s = {k: sum(x) / len(x) for k, x in stats.items()}
        if update_count % 10 == 0:
            elapsed = time.time() - start
            sps = global_step / elapsed if elapsed > 0 else 0
            print(
                f"  step={global_step:>8d}  ep={episode:>5d}  "
                f"pol_loss={s['pl']:+.4f}  "
                f"val_loss={s['vl']:.4f}  "
                f"ent={s['ent']:.4f}  "
                f"kl={s['kl']:.4f}  "
                f"clip={s['cf']:.3f}  "
                f"sps={sps:.0f}"
            )
            truth.add(at=global_step, pol_loss=s["pl"], val_loss=s["vl"], ent=s["ent"],
                      kl=s["kl"], clip=s["cf"])
        ckpt = global_step // cfg["eval_interval"]
        if ckpt > last_eval:
            last_eval = ckpt
            mean, std = evaluate()
            print(f"  [EVAL] step={global_step}  mean={mean:.1f}  std={std:.1f}")
            truth.add(at=global_step, **{"eval/mean": mean, "eval/std": std})
    elapsed = time.time() - start
    print(f"[ppo_full seed=0] Done. {global_step} steps in {elapsed:.1f}s "
          f"({global_step / elapsed:.0f} sps). Results → results/ppo_full/seed_0")
    truth.write("the script's update statistics and evaluation returns", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"rlppo": run}, root=HELDOUT47)
