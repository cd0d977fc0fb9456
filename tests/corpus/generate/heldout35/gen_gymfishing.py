"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as boettiger-lab/gym_fishing ``examples/tf-agents/dqn_fishing-v0.md`` (commit 0e702d43;
the TF-Agents DQN tutorial run on that repository's fishing environment, its output kept in
the file): every ``log_interval`` steps ``print('step = {0}: loss = {1}'.format(step,
train_loss))`` and every ``eval_interval`` steps ``print('step = {0}: Average Return =
{1}'.format(step, avg_return))`` (both unformatted floats), the return of the untrained policy
evaluated once before (not printed by the script: the notebook shows ``returns``; here it is
not printed either). Here: a fishing toy written out in NumPy (logistic stock growth, three
harvest levels, reward the catch, 100-step episodes), a Q-function linear in radial features
of the stock learnt by Q-learning from a replay memory with batches of 64 and an
epsilon-greedy collect policy; 1000 training steps, log every 50, evaluation (5 greedy
episodes) every 100.

Truth: ``loss`` and ``Average Return`` at step ``step``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(25)
    harvest = np.array([0.0, 0.05, 0.15])
    centers = np.linspace(0, 1.5, 8)
    feats = lambda s: np.exp(-((s - centers) ** 2) / 0.05)
    W = np.zeros((8, 3))

    def env_step(s, a):
        catch = min(s, harvest[a])
        s2 = s - catch
        s2 = float(np.clip(s2 + 0.3 * s2 * (1 - s2 / 1.0) + rng.normal(0, 0.02), 0, 1.5))
        return s2, catch

    def compute_avg_return(num_episodes=5):
        total = 0.0
        for _ in range(num_episodes):
            s, ret = 0.75, 0.0
            for _ in range(100):
                s, r = env_step(s, int(np.argmax(feats(s) @ W)))
                ret += r
            total += ret
        return total / num_episodes

    memory = []
    s, t_in_episode = 0.75, 0
    truth = Truth()
    log_interval, eval_interval = 50, 100
    for step in range(1, 1001):
        a = rng.integers(3) if rng.random() < 0.1 else int(np.argmax(feats(s) @ W))
        s2, r = env_step(s, a)
        memory.append((s, a, r, s2))
        s, t_in_episode = s2, t_in_episode + 1
        if t_in_episode == 100:
            s, t_in_episode = 0.75, 0
        idx = rng.integers(len(memory), size=64)
        sq = []
        for i in idx:
            bs, ba, br, bs2 = memory[i]
            target = br + 0.99 * float((feats(bs2) @ W).max())
            err = target - float(feats(bs) @ W[:, ba])
            W[:, ba] += 0.02 * err * feats(bs)
            sq.append(err * err)
        train_loss = float(np.mean(sq))
        if step % log_interval == 0:
            print('step = {0}: loss = {1}'.format(step, train_loss))
            truth.add(at=step, loss=train_loss)
        if step % eval_interval == 0:
            avg_return = compute_avg_return()
            print('step = {0}: Average Return = {1}'.format(step, avg_return))
            truth.add(at=step, **{"Average Return": avg_return})
    truth.write("the script's replay loss and greedy-policy average return",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"gymfishing": run}, root=HELDOUT35)
