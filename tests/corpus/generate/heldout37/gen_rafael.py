"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The REINFORCE training log kept in Rafael1s/Deep-Reinforcement-Learning-Algorithms
``CartPole-Policy-Gradient-Reinforce/README.md``: ``Episode 100\\tAverage Score: 34.47`` every 100
episodes (the mean score of the last 100), and when solved ``Environment solved in 791
episodes!\\tAverage Score: 196.69``. Here: REINFORCE with a softmax-linear policy in NumPy on a
small re-implemented corridor walk (reward 1 per step survived, 40 steps at most), printed
every 20 episodes, "solved" at a mean of 20.

Truth: ``Average Score`` at the printed episode; the closing line's ``Average Score`` (the
episode count there is ``i - 100``, as in the usual code behind this log: its step is that
number).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    from collections import deque

    import numpy as np

    rng = np.random.default_rng(7)
    theta = np.zeros((3, 2))
    scores_deque = deque(maxlen=100)
    truth = Truth()

    def episode():
        x, v, grads, t = 0.0, 0.0, [], 0
        while t < 40:
            s = np.array([x, v, 1.0])
            logits = s @ theta
            p = np.exp(logits - logits.max())
            p /= p.sum()
            a = rng.choice(2, p=p)
            g = -np.outer(s, p)
            g[:, a] += s
            grads.append(g)
            v = 0.8 * v + (0.15 if a == 1 else -0.15) + rng.normal(0, 0.1)
            x += v
            t += 1
            if abs(x) > 1.0:
                break
        return t, grads

    for i_episode in range(1, 301):
        score, grads = episode()
        scores_deque.append(score)
        returns = np.arange(len(grads), 0, -1, dtype=float)
        returns = (returns - returns.mean()) / (returns.std() + 1e-8)
        for g, r in zip(grads, returns):
            theta += 0.01 * r * g
        if i_episode % 20 == 0:
            print('Episode {}\tAverage Score: {:.2f}'.format(i_episode, np.mean(scores_deque)))
            truth.add(at=i_episode, **{"Average Score": np.mean(scores_deque)})
        if np.mean(scores_deque) >= 20.0 and len(scores_deque) >= 20:
            print('Environment solved in {:d} episodes!\tAverage Score: {:.2f}'.format(
                i_episode - 100, np.mean(scores_deque)))
            truth.add(at=i_episode - 100, **{"Average Score": np.mean(scores_deque)})
            break
    truth.write("the script's mean score of the last 100 episodes", libraries=("numpy",),
                rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"rafael": run}, root=HELDOUT37)
