"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written tabular Q-learning loop printing as danielnbarbosa/angela's training runs do (the
sample run in ``results/mountaincar.md``): ``Episode   100\\tAvg: -1000.00\\tBest: -1000.00\\tε:
0.6058  ⍺: 0.5000  Buffer: 100000  Steps:  99900  Secs:  132`` (tab- and space-separated, Greek
and APL symbols for epsilon and alpha). Here: Q-learning on a 7x7 grid with a wall and -1 a
step (capped at 100 steps), epsilon decayed each episode, a line every 50 episodes of 600.

Truth: the script's mean return of the last 100 episodes (``Avg``) and best such mean so far
(``Best``) at the episode the line states. Optional: ``ε`` (the exploration schedule), ``⍺`` (the
learning rate, a setting printed on each line), ``Buffer`` and ``Steps`` (counts). ``Secs``
(elapsed time) has no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import time
    from collections import deque

    import numpy as np

    rng = np.random.default_rng(31)
    n = 7
    wall = {(3, c) for c in range(1, 7)}
    goal = (6, 6)
    moves = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    Q = np.zeros((n, n, 4))
    eps, eps_min, eps_decay, alpha, gamma = 1.0, 0.01, 0.99, 0.5, 0.99
    scores = deque(maxlen=100)
    best = -np.inf
    buffer_len, total_steps, start = 0, 0, time.time()
    truth = Truth()
    for episode in range(1, 601):
        s, ret, steps = (0, 0), 0.0, 0
        while steps < 100:
            a = int(rng.integers(4)) if rng.random() < eps else int(np.argmax(Q[s]))
            r, c = s[0] + moves[a][0], s[1] + moves[a][1]
            nxt = (r, c) if 0 <= r < n and 0 <= c < n and (r, c) not in wall else s
            reward = -1.0
            done = nxt == goal
            target = reward + (0.0 if done else gamma * np.max(Q[nxt]))
            Q[s][a] += alpha * (target - Q[s][a])
            s, ret, steps = nxt, ret + reward, steps + 1
            buffer_len = min(buffer_len + 1, 100000)
            if done:
                break
        total_steps += steps
        scores.append(ret)
        eps = max(eps_min, eps * eps_decay)
        avg = float(np.mean(scores))
        if len(scores) == 100 or episode >= 50:
            best = max(best, avg)
        if episode % 50 == 0:
            print(f"Episode {episode:5d}\tAvg: {avg:.2f}\tBest: {best:.2f}\tε: {eps:.4f}  "
                  f"⍺: {alpha:.4f}  Buffer: {buffer_len:6d}  Steps: {total_steps:6d}  "
                  f"Secs: {int(time.time() - start):4d}")
            truth.add(at=episode, Avg=avg, Best=best)
            truth.allow(**{"ε": eps, "⍺": alpha, "Buffer": buffer_len, "Steps": total_steps})
    truth.write("the script's mean of the last 100 returns and its best so far, each printed line",
                libraries=("numpy",), rel=1e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"angela": run}, root=HELDOUT31)
