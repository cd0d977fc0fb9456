"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

Hand-written tabular RL experiments printing as ungaro/rl101-cleanrl-cartpole-dqn
``scripts/tabular_experiments.py``: ``[   0.0s] parallel over 1 workers × 3 seeds``, per
environment ``[   0.1s] === FrozenLake-v1 ===``, per learner ``[   0.9s]   q_learning
0.235  CI[0.180,0.290]`` (the greedy policy's mean evaluation return over the seeds and a
bootstrap 95% interval), ``[   1.0s]   ORACLE(VI/PI/MPI)     0.741  (planning upper bound, full
model access)``, and ``[   2.1s] DONE -> notes/q-survey-revision/draft-tai/data/tabular_results.json``.
Here: FrozenLake 4x4 (slippery) and CliffWalking re-implemented in NumPy (gymnasium is not
installed; Taxi is left out), 3 seeds, far fewer episodes than the original (1500 and 300),
100 evaluation episodes, no multiprocessing pool and no JSON file.

Truth: the four learners' means (``q_learning``, ``sarsa``, ``expected_sarsa``, ``nstep_q``)
and ``ORACLE(VI/PI/MPI)``, two values each (one per environment section; the ``===`` headers
are not put into the names), no step. The ``CI[lo,hi]`` bounds are optional; the bracketed
elapsed seconds are times.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import time

    import numpy as np

    class FrozenLake:
        MAP = "SFFFFHFHFFFHHFFG"

        def __init__(self):
            self.nS, self.nA = 16, 4
            self.P = {}
            for s in range(16):
                self.P[s] = {}
                for a in range(4):
                    lst = []
                    for b in ((a - 1) % 4, a, (a + 1) % 4):
                        ns = self._move(s, b) if self.MAP[s] not in "HG" else s
                        done = self.MAP[ns] in "HG"
                        lst.append((1 / 3, ns, float(self.MAP[ns] == "G"), done))
                    self.P[s][a] = lst

        @staticmethod
        def _move(s, a):
            r, c = divmod(s, 4)
            r, c = [(r, max(c - 1, 0)), (min(r + 1, 3), c), (r, min(c + 1, 3)), (max(r - 1, 0), c)][a]
            return r * 4 + c

    class CliffWalking:
        def __init__(self):
            self.nS, self.nA = 48, 4
            self.P = {}
            for s in range(48):
                self.P[s] = {}
                for a in range(4):
                    r, c = divmod(s, 12)
                    r, c = [(max(r - 1, 0), c), (r, min(c + 1, 11)), (min(r + 1, 3), c), (r, max(c - 1, 0))][a]
                    ns = r * 12 + c
                    if r == 3 and 0 < c < 11:
                        self.P[s][a] = [(1.0, 36, -100.0, False)]
                    else:
                        self.P[s][a] = [(1.0, ns, -1.0, ns == 47)]

    def rollout_step(env, s, a, rng):
        trans = env.P[s][a]
        k = rng.choice(len(trans), p=[t[0] for t in trans]) if len(trans) > 1 else 0
        return trans[k][1:]

    def start_state(name):
        return 0 if name == "FrozenLake-v1" else 36

    def eps_schedule(ep, total):
        frac = min(1.0, ep / (0.8 * total))
        return 1.0 + frac * (0.05 - 1.0)

    def epsilon_greedy(Q, s, eps, rng, nA):
        if rng.random() < eps:
            return rng.integers(nA)
        m = Q[s].max()
        return rng.choice(np.flatnonzero(Q[s] == m))

    def train(algo, name, env, cfg, seed):
        rng = np.random.default_rng(seed)
        Q = np.zeros((env.nS, env.nA))
        alpha, gamma, episodes = cfg["alpha"], cfg["gamma"], cfg["episodes"]
        for ep in range(episodes):
            eps = eps_schedule(ep, episodes)
            s = start_state(name)
            a = epsilon_greedy(Q, s, eps, rng, env.nA)
            buf, done, t = [], False, 0
            while not done and t < 200:
                t += 1
                ns, r, term = rollout_step(env, s, a, rng)
                done = term
                na = epsilon_greedy(Q, ns, eps, rng, env.nA)
                if algo == "q_learning":
                    Q[s, a] += alpha * (r + (0 if term else gamma * Q[ns].max()) - Q[s, a])
                elif algo == "sarsa":
                    Q[s, a] += alpha * (r + (0 if term else gamma * Q[ns, na]) - Q[s, a])
                elif algo == "expected_sarsa":
                    pi = np.full(env.nA, eps / env.nA)
                    greedy = Q[ns] == Q[ns].max()
                    pi[greedy] += (1 - eps) / greedy.sum()
                    Q[s, a] += alpha * (r + (0 if term else gamma * pi @ Q[ns]) - Q[s, a])
                else:
                    buf.append((s, a, r))
                    if len(buf) >= 3:
                        G = sum(gamma ** i * buf[i][2] for i in range(3))
                        G += 0 if done else gamma ** 3 * Q[ns].max()
                        s0, a0, _ = buf.pop(0)
                        Q[s0, a0] += alpha * (G - Q[s0, a0])
                s, a = ns, na
            while buf:
                G = sum(gamma ** i * buf[i][2] for i in range(len(buf)))
                s0, a0, _ = buf.pop(0)
                Q[s0, a0] += alpha * (G - Q[s0, a0])
        return Q

    def evaluate(policy, name, env, seed, n):
        rng = np.random.default_rng(seed + 99991)
        rets = []
        for _ in range(n):
            s, done, total, t = start_state(name), False, 0.0, 0
            while not done and t < 200:
                t += 1
                s, r, done = rollout_step(env, s, int(policy[s]), rng)
                total += r
            rets.append(total)
        return float(np.mean(rets))

    def value_iteration(env, gamma):
        V = np.zeros(env.nS)
        for _ in range(500):
            Q = np.array([[sum(p * (r + (0 if d else gamma * V[ns])) for p, ns, r, d in env.P[s][a])
                           for a in range(env.nA)] for s in range(env.nS)])
            V = Q.max(1)
        return Q.argmax(1)

    def bootstrap_ci(xs, reps=2000, seed=0):
        rng = np.random.default_rng(seed)
        xs = np.asarray(xs)
        means = xs[rng.integers(0, len(xs), size=(reps, len(xs)))].mean(1)
        lo, hi = np.percentile(means, [2.5, 97.5])
        return float(lo), float(hi)

    ENVS = {"FrozenLake-v1": (FrozenLake(), dict(episodes=1500, alpha=0.10, gamma=0.99)),
            "CliffWalking-v0": (CliffWalking(), dict(episodes=300, alpha=0.50, gamma=0.99))}
    algos = ["q_learning", "sarsa", "expected_sarsa", "nstep_q"]
    seeds, workers = 3, 1
    truth = Truth()
    t0 = time.time()
    print(f"[{time.time()-t0:6.1f}s] parallel over {workers} workers × {seeds} seeds", flush=True)
    for env_name, (env, cfg) in ENVS.items():
        print(f"[{time.time()-t0:6.1f}s] === {env_name} ===", flush=True)
        for algo in algos:
            per_seed = [evaluate(train(algo, env_name, env, cfg, s).argmax(1), env_name, env, s, 100)
                        for s in range(seeds)]
            mean = float(np.mean(per_seed))
            lo, hi = bootstrap_ci(per_seed)
            print(f"[{time.time()-t0:6.1f}s]   {algo:16s} {mean:8.3f}  CI[{lo:.3f},{hi:.3f}]", flush=True)
            truth.add(**{algo: mean})
            truth.allow(CI=lo)
            truth.allow(CI=hi)
        om = evaluate(value_iteration(env, cfg["gamma"]), env_name, env, 0, 300)
        print(f"[{time.time()-t0:6.1f}s]   ORACLE(VI/PI/MPI)  {om:8.3f}  "
              f"(planning upper bound, full model access)", flush=True)
        truth.add(**{"ORACLE(VI/PI/MPI)": om})
    print(f"[{time.time()-t0:6.1f}s] DONE -> notes/q-survey-revision/draft-tai/data/tabular_results.json", flush=True)
    truth.write("the script's mean evaluation returns over seeds", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"tabular": run}, root=HELDOUT45)
