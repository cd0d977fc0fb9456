"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written tabular Q-learning loop printing as agux/faix ``drl/test.py``: greedy actions on
a zero-initialised Q table, the update ``Q[state,action] += alpha * (reward +
np.max(Q[state2]) - Q[state,action])`` with alpha 0.618, and every 50th episode ``'Episode {}
Total Reward: {}'.format(episode, G)`` (the episode's summed reward, a whole number). Here: our
own re-implementation of the 5x5 taxi task (500 states, 6 actions, -1 a step, +20 for a
delivery, -10 for an illegal pick-up or drop-off, 200 steps at most), episodes 1 to 1500.

Truth: ``Total Reward`` at the printed episode.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(18)
    locs = [(0, 0), (0, 4), (4, 0), (4, 3)]
    walls = {((3, 0), (3, 1)), ((4, 0), (4, 1)), ((0, 1), (0, 2)), ((1, 1), (1, 2)),
             ((3, 2), (3, 3)), ((4, 2), (4, 3))}

    def encode(r, c, p, d):
        return ((r * 5 + c) * 5 + p) * 4 + d

    class Taxi:
        def reset(self):
            self.r, self.c = rng.integers(5), rng.integers(5)
            self.p = rng.integers(4)
            self.d = (self.p + 1 + rng.integers(3)) % 4
            self.t = 0
            return encode(self.r, self.c, self.p, self.d)

        def step(self, a):
            self.t += 1
            reward, done = -1, False
            r, c = self.r, self.c
            if a == 0:
                r = min(r + 1, 4)
            elif a == 1:
                r = max(r - 1, 0)
            elif a == 2 and ((r, c), (r, c + 1)) not in walls:
                c = min(c + 1, 4)
            elif a == 3 and ((r, c - 1), (r, c)) not in walls:
                c = max(c - 1, 0)
            elif a == 4:
                if self.p < 4 and (r, c) == locs[self.p]:
                    self.p = 4
                else:
                    reward = -10
            elif a == 5:
                if self.p == 4 and (r, c) == locs[self.d]:
                    self.p, reward, done = self.d, 20, True
                else:
                    reward = -10
            self.r, self.c = r, c
            return encode(r, c, self.p, self.d), reward, done or self.t >= 200

    env = Taxi()
    Q = np.zeros([500, 6])
    alpha = 0.618
    truth = Truth()
    for episode in range(1, 1501):
        done = False
        G, reward = 0, 0
        state = env.reset()
        while done != True:  # noqa: E712 (as the original)
            action = np.argmax(Q[state])
            state2, reward, done = env.step(action)
            Q[state, action] += alpha * (reward + np.max(Q[state2]) - Q[state, action])
            G += reward
            state = state2
        if episode % 50 == 0:
            print('Episode {} Total Reward: {}'.format(episode, G))
            truth.add(at=episode, **{"Total Reward": G})
    truth.write("the script's episode returns", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"taxi": run}, root=HELDOUT44)
