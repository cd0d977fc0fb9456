"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written RL loop reporting through a score tracker as svnerd/deep_rl
``util/score_tracker.py`` (commit 13073969) does: each episode
``'Episode {}\tAverage Score: {:.3f}\tThis Score: {:.3f}'`` (the mean over the last 100 scores
and this episode's score), every ``report_frequency`` episodes again
``'\rEpisode {}\tAverage Score: {:.3f}'``, and once the window mean reaches the target
``'\nEnvironment solved in {:d} episodes!\tAverage Score: {:.3f}'`` (printed again at each later
episode, as in the original). Here: REINFORCE with a tabular softmax policy on a 9-cell chain
(reward +1 at the right end, -0.02 a step, at most 30 steps), 24 episodes, report every 8,
target 0.1.

Truth: ``Average Score`` (each printed line: the per-episode line, the report line and the
solved line each print it, and each is listed), ``This Score``; step = the printed episode.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    from collections import deque
    import numpy as np

    rng = np.random.default_rng(19)
    theta = np.zeros((9, 2))
    window = deque(maxlen=100)
    truth = Truth()
    target, report = 0.1, 8
    for episode in range(1, 25):
        s, traj, score = 0, [], 0.0
        for t in range(30):
            p = np.exp(theta[s] - theta[s].max())
            p /= p.sum()
            a = int(rng.choice(2, p=p))
            s2 = min(s + 1, 8) if a == 1 else max(s - 1, 0)
            r = 1.0 if s2 == 8 else -0.02
            traj.append((s, a, p))
            score += r
            s = s2
            if s == 8:
                break
        g = score
        for (st, a, p) in traj:
            grad = -p
            grad[a] += 1
            theta[st] += 0.3 * g * grad
        window.append(score)
        mean_score = float(np.mean(window))
        print('Episode {}\tAverage Score: {:.3f}\tThis Score: {:.3f}'.format(episode, mean_score, score), end="\n")
        sys.stdout.flush()
        truth.add(at=episode, **{"Average Score": mean_score, "This Score": score})
        if episode % report == 0:
            print('\rEpisode {}\tAverage Score: {:.3f}'.format(episode, mean_score))
            truth.add(at=episode, **{"Average Score": mean_score})
        if mean_score >= target:
            print('\nEnvironment solved in {:d} episodes!\tAverage Score: {:.3f}'.format(episode, mean_score))
            truth.add(**{"Average Score": mean_score})
    truth.write("the script's episode scores and their running window mean",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"svnerd": run}, root=HELDOUT34)
