"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as csingh27/Deep-Q-Learning-From-Scratch-Raw ``Tutorial/breakout_dqn_rm.py``: at the end
of each episode ``print("episode:", e, "  score:", score, "  memory length:", len(memory),
"  epsilon:", epsilon, "  global_step:", global_step, "  average_q:", avg_q_max / step,
"  average loss:", avg_loss / step)`` (print's separators: three spaces before each label,
the floats unformatted). Here: a linear Q-function learnt by one-step Q-learning with a replay
memory on a 10-state chain walk (reward 1 at the right end, -0.01 a step), 14 episodes of at
most 40 steps; the loss is the squared TD error of each replayed mini-batch.

Truth: ``score``, ``average_q``, ``average loss`` at step ``episode``; ``epsilon`` optional
(a schedule); ``memory length`` and ``global_step`` are counters.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(17)
    S, A = 10, 2
    W = np.zeros((S, A))
    memory = []
    epsilon, global_step = 1.0, 0
    truth = Truth()
    for e in range(14):
        s, score, step, done = 0, 0.0, 0, False
        avg_q_max, avg_loss = 0.0, 0.0
        while not done and step < 40:
            step += 1
            global_step += 1
            a = rng.integers(A) if rng.random() < epsilon else int(np.argmax(W[s]))
            s2 = min(S - 1, s + 1) if a == 1 else max(0, s - 1)
            r = 1.0 if s2 == S - 1 else -0.01
            done = s2 == S - 1
            memory.append((s, a, r, s2, done))
            score += r
            avg_q_max += float(W[s].max())
            if len(memory) >= 16:
                idx = rng.integers(len(memory), size=16)
                batch = [memory[i] for i in idx]
                td = []
                for (bs, ba, br, bs2, bd) in batch:
                    target = br + (0 if bd else 0.95 * W[bs2].max())
                    err = target - W[bs, ba]
                    W[bs, ba] += 0.1 * err
                    td.append(err * err)
                avg_loss += float(np.mean(td))
            s = s2
        epsilon = max(0.05, epsilon * 0.85)
        print("episode:", e, "  score:", score, "  memory length:",
              len(memory), "  epsilon:", epsilon,
              "  global_step:", global_step, "  average_q:",
              avg_q_max / float(step), "  average loss:",
              avg_loss / float(step))
        truth.add(at=e, score=score, average_q=avg_q_max / float(step),
                  **{"average loss": avg_loss / float(step)})
        truth.allow(epsilon=epsilon)
    truth.write("the script's episode score, mean max-Q and mean replay loss",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"csingh": run}, root=HELDOUT35)
