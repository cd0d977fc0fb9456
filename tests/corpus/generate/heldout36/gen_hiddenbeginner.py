"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A REINFORCE trainer printing as HiddenBeginner/rl-pytorch-exercise ``REINFORCE/simulator.py``
(commit 6d78fbd6) does: every ``log_interval`` episodes ``print(f"[Episode {i + 1}] Average
reward of last {log_interval} episodes: {score / log_interval} | " + f"Elapsed time (sec):
{time.time() - now:.3f} |", end='\\r')`` (so each line is drawn over the previous one, and the
output ends without a newline), ``score`` summing each episode's discounted return ``R``
(gamma 0.98). Here: a logistic policy on the `_toy.Pole` balancing toy, 600 episodes logged
every 30.

Truth: ``Average reward of last 30 episodes`` (the label as printed, with the interval), at the
printed episode; the elapsed time is no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import time

    import numpy as np
    from _toy import Pole, features, normalized, policy_probs

    rng = np.random.default_rng(7)
    env = Pole(rng, limit=150)
    theta = np.zeros(3)
    gamma, lr, log_interval = 0.98, 0.01, 30
    now = time.time()
    score = 0.0
    truth = Truth()
    for i in range(600):
        s, done = env.reset(), False
        grads, rews = [], []
        while not done:
            p = policy_probs(theta, s)
            a = 1 if rng.random() < p else 0
            grads.append((a - p) * features(s))
            s, r, done = env.step(a)
            rews.append(r)
        R, rets = 0.0, []
        for r in rews[::-1]:
            R = r + gamma * R
            rets.append(R)
        rets = rets[::-1]
        theta += lr * sum(g * a for g, a in zip(grads, normalized(rets)))
        score += R
        if (i + 1) % log_interval == 0:
            print(f"[Episode {i + 1}] Average reward of last {log_interval} episodes: "
                  f"{score / log_interval} | " + f"Elapsed time (sec): {time.time() - now:.3f} |",
                  end='\r')
            truth.add(at=i + 1, **{"Average reward of last 30 episodes": score / log_interval})
            score = 0.0
    truth.write("the script's mean discounted return of the last 30 episodes, as printed",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"hiddenbeginner": run}, root=HELDOUT36)
