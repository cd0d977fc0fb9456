"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Tabular Q-learning tic-tac-toe printing the closing summary of pbielak/q-learning-game
``rl_ttt/stats.py`` (commit 819170ad, ``Stats.summary``): an empty line, ``X_WINS\\t412\\t41.0
(%)``, ``O_WINS\\t...``, ``DRAW\\t...`` (tab-separated count and ``np.round`` percentage), an
empty line, ``Total rewards:`` with ``X => 12.0`` and ``O => -3.0``, an empty line, ``Mean-Qs:``
with ``X => <first mean Q>, <last mean Q> (<growth> (%))``, and the plots left out. Here: two
Q-learning agents (a Q-table each, epsilon-greedy, +1/-1/0 rewards) playing each other; three
training runs of 300, 600 and 1200 episodes, each followed by its summary (the original prints
one summary per run of its ``main.py``; the per-episode GUI and console boards are left out).

Truth: per summary ``X_WINS``, ``O_WINS``, ``DRAW`` (the percentages) and ``Total rewards/X``,
``Total rewards/O`` (the agents' cumulative rewards under the ``Total rewards:`` heading), no
step. Optional: the win and draw counts (the first number of those lines) and the three numbers
of each ``Mean-Qs`` line (first and last mean Q-value of the moves played, and the growth).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    from collections import defaultdict

    import numpy as np

    rng = np.random.default_rng(28)
    lines = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8),
             (2, 4, 6)]
    truth = Truth()

    def winner(b):
        for i, j, k in lines:
            if b[i] != '' and b[i] == b[j] == b[k]:
                return b[i]
        return 'DRAW' if '' not in b else None

    def one_run(episodes, eps=0.2, alpha=0.3, gamma=0.9):
        Q = {'X': defaultdict(float), 'O': defaultdict(float)}
        outcomes = {'X': 0, 'O': 0, 'DRAW': 0}
        rewards = {'X': [(0, 0)], 'O': [(0, 0)]}
        mean_qs = {'X': [], 'O': []}
        for episode in range(1, episodes + 1):
            b = [''] * 9
            player, history, qs = 'X', {'X': [], 'O': []}, {'X': [], 'O': []}
            while True:
                s = tuple(b)
                free = [i for i in range(9) if b[i] == '']
                if rng.random() < eps:
                    a = int(rng.choice(free))
                else:
                    a = max(free, key=lambda m: Q[player][(s, m)])
                qs[player].append(Q[player][(s, a)])
                history[player].append((s, a))
                b[a] = player
                w = winner(b)
                if w is not None:
                    break
                player = 'O' if player == 'X' else 'X'
            for mt in ('X', 'O'):
                r = 0.0 if w == 'DRAW' else (1.0 if w == mt else -1.0)
                target = r
                for s, a in reversed(history[mt]):
                    Q[mt][(s, a)] += alpha * (target - Q[mt][(s, a)])
                    target = gamma * Q[mt][(s, a)]
                rewards[mt].append((episode, rewards[mt][-1][1] + r))
                if qs[mt]:
                    mean_qs[mt].append((episode, np.mean(qs[mt])))
            outcomes[w] += 1
        total = sum(outcomes.values())
        fmt_str = "\n" \
                  "X_WINS\t{}\t{} (%)\n" \
                  "O_WINS\t{}\t{} (%)\n" \
                  "DRAW\t{}\t{} (%)\n"
        pct = {k: np.round(100 * v / total) for k, v in outcomes.items()}
        print(fmt_str.format(outcomes['X'], pct['X'], outcomes['O'], pct['O'],
                             outcomes['DRAW'], pct['DRAW']))
        msg = 'Total rewards:\n'
        for mt in ('X', 'O'):
            msg += f'{mt} => {rewards[mt][-1][1]}\n'
        print(msg)
        msg = 'Mean-Qs:\n'
        for mt in ('X', 'O'):
            _, start_mq = mean_qs[mt][0]
            _, end_mq = mean_qs[mt][-1]
            growth = np.round((end_mq - start_mq) / start_mq * 100.0, 2) if start_mq else np.inf
            msg += f'{mt} => {start_mq}, {end_mq} ({growth} (%))\n'
            truth.allow(**{f"Mean-Qs/{mt}": start_mq})
            truth.allow(**{f"Mean-Qs/{mt}": end_mq})
            truth.allow(**{f"Mean-Qs/{mt}": growth})
        print(msg)
        truth.add(X_WINS=pct['X'], O_WINS=pct['O'], DRAW=pct['DRAW'],
                  **{"Total rewards/X": rewards['X'][-1][1],
                     "Total rewards/O": rewards['O'][-1][1]})
        truth.allow(X_WINS=outcomes['X'], O_WINS=outcomes['O'], DRAW=outcomes['DRAW'])

    for n in (300, 600, 1200):
        one_run(n)
    truth.write("the summaries' outcome percentages and cumulative rewards", libraries=("numpy",),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"rlttt": run}, root=HELDOUT51)
