"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

Deep-Q-style cart-pole swing-up with the output of trankietmashiro/cartpole-RL
``deep_qlearning_cartpole.py``: at every simulation step
``print(f'\\repisode {i+1:3d}/{M}  |  step in ep {j+1:3d}  |  total steps {k+1:6d}  |
ε={epsilon:.3f}', end='', flush=True)`` (one line redrawn in place), and ``print('\\nTraining
complete.')`` at the end. The same dynamics (RK4 at 50 ms, pole hanging down at 0, upright at
pi, termination at ``|x| > 2.4``, ``|x'| > 10`` or ``|theta'| > 20``), the same 21 forces in
[-5, 5] N, the same cost (``1 + cos theta`` dominating), epsilon ``0.01 + 0.99 exp(-0.005 i)``,
cost-minimising Q targets with gamma 0.95 and a target copy. Here the Q-function is a linear
model on the encoded features (least squares on the replay buffer every 50 steps after 200
warm-up steps) instead of the hand-rolled two-layer network, 4 episodes of at most 150 steps
(the original: 1000 of 500), no plots.

Truth: none: the line carries counters and the exploration rate only. Optional: ``ε``.
"""

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(42)
    DT = 0.05
    mc, mp, l, g = 1.0, 0.1, 0.5, 9.81
    actions = np.linspace(-5.0, 5.0, 21)

    def f(x, u):
        _, th, xd, thd = x
        s, c = np.sin(th), np.cos(th)
        den = mc + mp * s * s
        xdd = (u + mp * s * (l * thd * thd + g * c)) / den
        thdd = (-u * c - mp * l * thd * thd * c * s - (mc + mp) * g * s) / (l * den)
        return np.array([xd, thd, xdd, thdd])

    def step(x, u):
        k1 = f(x, u); k2 = f(x + DT / 2 * k1, u); k3 = f(x + DT / 2 * k2, u); k4 = f(x + DT * k3, u)
        return x + DT / 6 * (k1 + 2 * k2 + 2 * k3 + k4)

    def is_terminal(x):
        return abs(x[0]) > 2.4 or abs(x[2]) > 10.0 or abs(x[3]) > 20.0

    def cost(x, u):
        return DT * (x[0] ** 2 + 100 * (1 + np.cos(x[1])) + 0.1 * x[2] ** 2 + 0.1 * x[3] ** 2
                     + 0.01 * u ** 2)

    def feats(x):
        return np.array([1.0, x[0], np.sin(x[1]), np.cos(x[1]), x[2], x[3], x[3] ** 2 / 20])

    W = np.zeros((7, len(actions)))
    Wt = W.copy()
    buf = []
    M, Nepisode, N, Ninit, P = 4, 150, 50, 200, 200
    gamma = 0.95
    truth = Truth()
    k = 0
    for i in range(M):
        x0 = np.array([np.random.uniform(-0.1, 0.1), np.random.uniform(-0.1, 0.1), 0.0, 0.0])
        done = False
        epsilon = 0.01 + (1 - 0.01) * np.exp(-0.005 * i)
        j = 0
        while not done:
            print(f'\repisode {i+1:3d}/{M}  |  step in ep {j+1:3d}  |  '
                  f'total steps {k+1:6d}  |  ε={epsilon:.3f}',
                  end='', flush=True)
            truth.allow(**{"ε": epsilon})
            if np.random.rand() < epsilon:
                a = np.random.randint(len(actions))
            else:
                a = int(np.argmin(feats(x0) @ W))
            x1 = step(x0, actions[a])
            if is_terminal(x1) or j >= Nepisode - 1:
                done = True
            j += 1
            buf.append((x0, a, x1))
            x0 = x1
            if k % N == 0 and k > Ninit:
                F = np.array([feats(b[0]) for b in buf])
                F1 = np.array([feats(b[2]) for b in buf])
                tgt = np.array([cost(b[0], actions[b[1]]) for b in buf]) + gamma * (F1 @ Wt).min(1)
                for act in range(len(actions)):
                    m = np.array([b[1] == act for b in buf])
                    if m.sum() > 7:
                        W[:, act] = np.linalg.lstsq(F[m], tgt[m], rcond=None)[0]
            k += 1
            if k % P == 0 and k > Ninit:
                Wt = W.copy()
    print('\nTraining complete.')
    truth.write("no metric is printed; the exploration rate is optional", libraries=("numpy",),
                rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"swingup": run}, root=HELDOUT55)
