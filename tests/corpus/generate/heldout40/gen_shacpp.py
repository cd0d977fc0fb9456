"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as f14-bertolotti/shacpp ``src/callbacks/bar.py``: one
tqdm bar over the training episodes whose description the callback sets after every episode to
``e:{episode}, r:{last_eval_reward: <8.5f}`` (the reward of the last evaluation, ``nan`` until
the first one, left-aligned in eight columns). Here: REINFORCE with a Gaussian policy on a 1-D
point that must reach the origin, 24 episodes, a greedy evaluation every 4th episode. The
original's file loggers (its other callbacks) write no console output and are left out.

Truth: ``r`` at the episode ``e`` states, one point per drawn description from the first
evaluation on (the value is redrawn, unchanged, until the next evaluation; each description is
a printed state). The ``nan`` states before the first evaluation are optional.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import tqdm

    truth = Truth()
    torch.manual_seed(5)
    rng = np.random.default_rng(5)
    mean_w = torch.zeros(1, requires_grad=True)
    log_std = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([mean_w, log_std], lr=0.05)

    def rollout(greedy=False):
        x, ret, logps = float(rng.uniform(-2, 2)), 0.0, []
        for _ in range(20):
            mu = mean_w * x
            if greedy:
                a = float(mu.detach())
            else:
                dist = torch.distributions.Normal(mu, log_std.exp())
                a_t = dist.sample()
                logps.append(dist.log_prob(a_t).sum())
                a = float(a_t)
            x = x + 0.2 * max(-1.0, min(1.0, a))
            ret += -abs(x)
        return ret, logps

    def wrapped(bar, episode, prev_result, **kwargs):
        wrapped.last_eval_result = prev_result.get("eval_reward", wrapped.last_eval_result)
        bar.set_description(f"e:{episode}, r:{wrapped.last_eval_result: <8.5f}")
        return {}

    wrapped.last_eval_result = float("NaN")
    bar = tqdm.trange(24)
    for episode in bar:
        ret, logps = rollout()
        loss = -(ret / 10.0) * torch.stack(logps).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        result = {}
        if episode % 4 == 3:
            result["eval_reward"] = float(np.mean([rollout(greedy=True)[0] for _ in range(5)]))
        wrapped(bar, episode, result)
        if wrapped.last_eval_result != wrapped.last_eval_result:
            truth.allow(r=float("nan"))
        else:
            truth.add(at=episode, r=wrapped.last_eval_result)
    bar.close()
    truth.write("the callback's last evaluation reward at each description",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"shacpp": run}, root=HELDOUT40)
