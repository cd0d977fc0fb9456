"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

Tabular Q-learning printing as itsmealessandro/AI-Dangerous-Maze ``maze-solver-ai/main.py``:
after ``a.train(10000, 100)`` the maze's three grid rows (``print(a.en.grid[i])``), then
``******** Average reward per thousand episodes ********`` and a blank line, one line per
thousand episodes ``print(count, ": ", str(sum(r / 1000)))`` (``1000 :  -0.123``), then
``*********** Q Table ***********`` and each Q-table row as a list of ``"{:.2f}"`` strings.
Here: our own 3x4 maze (0 free, -1 danger, 1 exit; -0.04 a step, -1 into danger, +1 at the
exit), epsilon decaying from 1 to 0.01, alpha 0.1, gamma 0.99, at most 100 steps an episode.

Truth: ``Average reward per thousand episodes`` (the header the lines belong to) at the printed
count of episodes. The grid and the Q-table values are no metrics and get no truth.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import numpy as np

    grid = [[0, 0, 0, -1], [0, -1, 0, 0], [0, 0, 0, 1]]
    rng = np.random.default_rng(11)
    q_table = np.zeros((12, 4))
    moves = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    rewards_all_episodes = []
    eps = 1.0
    for episode in range(10000):
        r, c, total = 0, 0, 0.0
        for step in range(100):
            s = r * 4 + c
            a = int(rng.integers(4)) if rng.random() < eps else int(np.argmax(q_table[s]))
            nr, nc = r + moves[a][0], c + moves[a][1]
            if not (0 <= nr < 3 and 0 <= nc < 4):
                nr, nc = r, c
            cell = grid[nr][nc]
            reward = -1.0 if cell == -1 else (1.0 if cell == 1 else -0.04)
            done = cell != 0
            s2 = nr * 4 + nc
            q_table[s, a] += 0.1 * (reward + 0.99 * np.max(q_table[s2]) * (not done) - q_table[s, a])
            r, c, total = nr, nc, total + reward
            if done:
                break
        eps = max(0.01, eps * 0.999)
        rewards_all_episodes.append(total)

    for i in range(3):
        print(grid[i])

    truth = Truth()
    rewards_per_thousand_episodes = np.split(np.array(rewards_all_episodes), 10000 / 1000)
    count = 1000
    print("******** Average reward per thousand episodes ********\n")
    for r in rewards_per_thousand_episodes:
        print(count, ": ", str(sum(r / 1000)))
        truth.add(at=count, **{"Average reward per thousand episodes": sum(r / 1000)})
        count += 1000

    print("*********** Q Table ***********")
    for row in q_table:
        formatted_row = ["{:.2f}".format(value) for value in row]
        print(formatted_row)
    truth.write("the script's per-thousand mean episode rewards", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"maze": run}, root=HELDOUT38)
