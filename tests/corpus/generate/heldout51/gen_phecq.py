"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Tabular Q-learning on a 5x5 grid printing as samuelparlindungan/ML-Q-Learning
``Sistem_Kontrol_AI/main_training.py`` (commit 4c23f670): ``Critical states: [...]``, ``Reward
grid:`` and the numpy array of the grid's rewards, ``Initial: Alpha=0.500, Epsilon=1.000`` and an
empty line, then every 150 episodes ``Ep 150 | AvgR:-12.3 | Eps:0.472 | Alpha:0.3012``, and a
closing block (an empty line and the finished message with its emoji, ``Final: Alpha=...,
Epsilon=...`` and the two lines listing the saved files). Here: our own grid (25 states, 9
actions: the eight neighbours and staying put, walls clip the move), a goal cell, a few
critical cells with a penalty, epsilon and alpha decaying per episode, 3000 episodes of at most
50 steps; the average reward is over the last 150 episodes. Nothing is saved.

Truth: ``AvgR`` at the printed episode (``Ep``, 1-based as printed). Optional: ``Eps`` and
``Alpha`` on those lines and the ``Alpha``/``Epsilon`` values of the ``Initial:`` and ``Final:``
lines (schedules, not measurements).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(4)
    n = 5
    n_states, n_actions = n * n, 9
    moves = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 0), (0, 1), (1, -1), (1, 0), (1, 1)]
    goal = 24
    critical = [6, 12, 17]
    R = np.full((n, n), -1.0)
    for c in critical:
        R[c // n, c % n] = -20.0
    R[goal // n, goal % n] = 50.0
    print(f"Critical states: {critical}")
    print("Reward grid:\n", R)

    Q = np.zeros((n_states, n_actions))
    gamma = 0.95
    alpha, alpha_min, alpha_decay = 0.5, 0.05, 0.9992
    epsilon, eps_min, eps_decay = 1.0, 0.02, 0.9985
    print(f"Initial: Alpha={alpha:.3f}, Epsilon={epsilon:.3f}\n")
    truth = Truth()
    truth.allow(**{"Initial/Alpha": alpha, "Initial/Epsilon": epsilon})

    reward_log = []
    episodes, max_steps = 3000, 50
    for ep in range(episodes):
        s = int(rng.integers(n_states - 1))
        total = 0.0
        for _ in range(max_steps):
            if rng.random() < epsilon:
                a = int(rng.integers(n_actions))
            else:
                a = int(np.argmax(Q[s]))
            r0, c0 = divmod(s, n)
            r1 = min(max(r0 + moves[a][0], 0), n - 1)
            c1 = min(max(c0 + moves[a][1], 0), n - 1)
            s2 = r1 * n + c1
            reward = R[r1, c1] - (2.0 if a == 4 else 0.0)
            done = s2 == goal
            target = reward if done else reward + gamma * np.max(Q[s2])
            Q[s, a] += alpha * (target - Q[s, a])
            total += reward
            s = s2
            if done:
                break
        reward_log.append(total)
        epsilon = max(eps_min, epsilon * eps_decay)
        alpha = max(alpha_min, alpha * alpha_decay)
        if (ep + 1) % 150 == 0:
            avg_r = float(np.mean(reward_log[-150:]))
            print(f"Ep {ep+1} | AvgR:{avg_r:.1f} | Eps:{epsilon:.3f} | Alpha:{alpha:.4f}")
            truth.add(at=ep + 1, AvgR=avg_r)
            truth.allow(Eps=epsilon, Alpha=alpha)

    print("\n✅ TRAINING SELESAI!")
    print(f"Final: Alpha={alpha:.4f}, Epsilon={epsilon:.3f}")
    print("File output: Q_table.npy, reward_log.npy, step_log.npy, qmax_log.npy,")
    print("             alpha_log.npy, state_visit.npy, action_count.npy, trajectory.npy,"
          " policy.json")
    truth.allow(**{"Final/Alpha": alpha, "Final/Epsilon": epsilon})
    truth.write("the average episode rewards over the last 150 episodes", libraries=("numpy",),
                rel=1e-6, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"phecq": run}, root=HELDOUT51)
