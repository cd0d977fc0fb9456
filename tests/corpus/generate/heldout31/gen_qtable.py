"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written Q-learning loop printing as the runs of APE1022/DataStructure_Design do (their
output kept in ``config/q_table/total_performance.rs``): a bare run name (``small_nearest_q_table``),
then every 10 episodes ``Episode 10, Total Reward: 393002.61, Exploration Rate: 0.951, Completed:
28, Failed: 5, Total Generated: 44`` and ``Episode 10 reward stats: mean=3.93, std=0.97,
min=-55.64, max=95.51`` (the statistics of the episode's per-step rewards). Here: a small
dispatching simulation (tasks arrive at random, wait in a queue, expire after 30 steps; the agent
serves or waits), Q-learning over queue-length states, two runs of 40 episodes of 1000 steps
(``small_nearest_q_table`` and ``small_most_q_table``, different service rules).

Truth: the script's own sums and statistics of each printed episode's rewards: ``Total Reward``,
``reward stats/mean``, ``reward stats/std``, ``reward stats/min``, ``reward stats/max`` at the
episode the line states; the two runs share the names (the count restarts). Optional:
``Exploration Rate`` (the epsilon schedule) and the counts ``Completed``, ``Failed``, ``Total
Generated``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import numpy as np

    truth = Truth()
    for run_name, rule in (("small_nearest_q_table", "nearest"), ("small_most_q_table", "most")):
        rng = np.random.default_rng(31 if rule == "nearest" else 32)
        Q = np.zeros((11, 2))
        epsilon, alpha, gamma = 1.0, 0.1, 0.95
        print(run_name)
        for episode in range(1, 41):
            queue, rewards = [], []
            completed = failed = generated = 0
            for t in range(1000):
                if rng.random() < 0.045:
                    queue.append(0)
                    generated += 1
                state = min(len(queue), 10)
                a = int(rng.integers(2)) if rng.random() < epsilon else int(np.argmax(Q[state]))
                r = 4.0 - 0.1 * len(queue)
                if a == 1 and queue:
                    pick = 0 if rule == "nearest" else int(np.argmax(queue))
                    p_ok = 0.35 if rule == "nearest" else 0.3
                    if rng.random() < p_ok:
                        queue.pop(pick)
                        completed += 1
                        r += rng.uniform(40.0, 95.0)
                queue = [w + 1 for w in queue]
                expired = sum(1 for w in queue if w > 30)
                if expired:
                    failed += expired
                    queue = [w for w in queue if w <= 30]
                    r -= expired * rng.uniform(30.0, 60.0)
                nxt = min(len(queue), 10)
                Q[state, a] += alpha * (r + gamma * Q[nxt].max() - Q[state, a])
                rewards.append(r)
            epsilon *= 0.995
            if episode % 10 == 0:
                rw = np.array(rewards)
                print(f"Episode {episode}, Total Reward: {rw.sum():.2f}, Exploration Rate: "
                      f"{epsilon:.3f}, Completed: {completed}, Failed: {failed}, "
                      f"Total Generated: {generated}")
                print(f"Episode {episode} reward stats: mean={rw.mean():.2f}, std={rw.std():.2f}, "
                      f"min={rw.min():.2f}, max={rw.max():.2f}")
                truth.add(at=episode, **{"Total Reward": rw.sum()})
                truth.add(at=episode, **{"reward stats/mean": rw.mean(),
                                         "reward stats/std": rw.std(),
                                         "reward stats/min": rw.min(),
                                         "reward stats/max": rw.max()})
                truth.allow(**{"Exploration Rate": epsilon, "Completed": completed,
                               "Failed": failed, "Total Generated": generated})
    truth.write("the script's sum, mean, std, min and max of each printed episode's rewards",
                libraries=("numpy",), rel=1e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"qtable": run}, root=HELDOUT31)
