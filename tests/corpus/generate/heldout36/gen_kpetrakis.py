"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A hand-written REINFORCE loop printing as kpetrakis/Reinforce_from_scratch ``reinforce.py``
(commit d173278e) does: once 100 episodes are done, every ``log_interval`` epochs
``print(f"Epoch = {epoch} | 100-mean Episode length = {means[-1].item()}")``, the mean episode
length over the last 100 episodes as a float32 tensor's ``.item()`` (so ``19.729999542236328``).
Here: a logistic policy on the `_toy.Pole` balancing toy, rewards-to-go (normalized), 400 epochs (one
episode each), logged every 20 epochs; the float32 mean is computed with NumPy (``.item()`` of a
float32 gives the same double).

Truth: the printed float32 mean, ``100-mean Episode length``, at the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Pole, features, normalized, policy_probs

    rng = np.random.default_rng(36)
    env = Pole(rng, limit=200)
    theta = np.zeros(3)
    lr = 0.02
    log_interval = 20
    ep_lens = []
    truth = Truth()
    for epoch in range(400):
        s, done = env.reset(), False
        grads, rews = [], []
        while not done:
            p = policy_probs(theta, s)
            a = 1 if rng.random() < p else 0
            grads.append((a - p) * features(s))
            s, r, done = env.step(a)
            rews.append(r)
        ep_lens.append(len(rews))
        if len(ep_lens) >= 100:
            mean = np.float32(np.asarray(ep_lens[-100:], dtype=np.float32).mean())
            if epoch % log_interval == 0:
                print(f"Epoch = {epoch} | 100-mean Episode length = {float(mean)}")
                truth.add(at=epoch, **{"100-mean Episode length": float(mean)})
        togo = normalized(np.cumsum(rews[::-1])[::-1])
        g = sum(gr * rt for gr, rt in zip(grads, togo))
        theta += lr * g
    truth.write("the script's float32 mean of the last 100 episode lengths, as printed",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"kpetrakis": run}, root=HELDOUT36)
