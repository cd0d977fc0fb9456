"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written tabular Q-learning loop printing as mingyli/openai-learning ``frozen.py``:
``print("Score over time: " + str(sum(rList) / num_episodes))``, ``Final Q-Table Values`` and the
Q-table as NumPy prints it (the original's ``env.render()`` every step is gym's, left out). Here:
our own slippery 4x4 frozen lake (no gym), the original's noisy-greedy action choice, learning
rate 0.85, discount 0.99, 200 episodes of at most 99 steps.

Truth: ``Score over time`` (the mean episode reward), at no step; the Q-table is no metric.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    lake = "SFFFFHFHFFFHHFFG"
    moves = [(0, -1), (1, 0), (0, 1), (-1, 0)]

    def step(s, a):
        a = (a + rng.choice([-1, 0, 1])) % 4
        r, c = divmod(s, 4)
        dr, dc = moves[a]
        r, c = min(3, max(0, r + dr)), min(3, max(0, c + dc))
        s1 = r * 4 + c
        return s1, float(lake[s1] == "G"), lake[s1] in "HG"

    Q = np.zeros([16, 4])
    lr, y, num_episodes = .85, .99, 200
    rList = []
    for i in range(num_episodes):
        s, rAll, j = 0, 0, 0
        while j < 99:
            j += 1
            a = np.argmax(Q[s, :] + rng.standard_normal((1, 4)) * (1. / (i + 1)))
            s1, r, d = step(s, int(a))
            Q[s, a] = Q[s, a] + lr * (r + y * np.max(Q[s1, :]) - Q[s, a])
            rAll += r
            s = s1
            if d:
                break
        rList.append(rAll)
    print("Score over time: " + str(sum(rList) / num_episodes))
    print("Final Q-Table Values")
    print(Q)
    truth = Truth()
    truth.add(**{"Score over time": sum(rList) / num_episodes})
    truth.write("the mean episode reward", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"frozen": run}, root=HELDOUT48)
