"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A DQN loop with a distance curriculum printing as Armivio/Rl-ass2 ``train_dqn.py``: every
``log_every`` episodes ``[seed {seed}] ep {ep + 1:4d}/{episodes} | return {mean:7.2f} | success
{mean:4.2f} | eps {eps:.3f} | radius {radius}`` (means over the last 50 episodes), after each
seed ``[seed {seed}] EVAL success {:.2f} | avg steps {:.1f}``, and over the seeds ``=== small_grid:
eval success {mean:.3f} ± {std:.3f} over 2 seeds ===`` and ``Artifacts written to ...``. Here:
the 5x5 ``_toy.Grid`` with starts within the curriculum radius of the target (widened by 2 when
the success rate over 30 episodes reaches 0.8), ``_toy.TinyDQN``, 150 episodes per seed, seeds
0 and 1, 20 greedy evaluation episodes each.

Truth: ``return`` and ``success`` at the printed episode (``ep`` before the slash), both seeds
in one series each; ``eval/success`` (the ``EVAL success`` of each seed, then the mean over
seeds of the ``===`` line) and ``eval/avg steps``; the ``±`` spread is optional
(``eval/success_std``), so are ``eps`` (the exploration schedule) and ``radius``.
"""

from _toy import Grid, TinyDQN
from _capture import HELDOUT58, Truth, main


def run() -> None:
    from collections import deque

    import numpy as np

    episodes, log_every, grid = 150, 25, "small_grid"
    truth = Truth()
    summaries = []
    for seed in (0, 1):
        env = Grid(seed=seed)
        agent = TinyDQN(25, 4, seed=seed, decay=1500, eps_end=0.05)
        radius, recent = 2, deque(maxlen=30)
        rs, rr = deque(maxlen=50), deque(maxlen=50)
        for ep in range(episodes):
            s = env.reset(radius=radius)
            ret, reached = 0.0, False
            for _ in range(40):
                a = agent.act(env.onehot(s))
                s2, r, term = env.step(a)
                agent.observe(env.onehot(s), a, r, env.onehot(s2), term)
                s, ret = s2, ret + r
                if term:
                    reached = True
                    break
            recent.append(1.0 if reached else 0.0)
            if len(recent) == 30 and np.mean(recent) >= 0.8 and radius < 10:
                radius = min(radius + 2, 10)
                recent.clear()
            rs.append(1.0 if reached else 0.0)
            rr.append(ret)
            if (ep + 1) % log_every == 0:
                print(f"[seed {seed}] ep {ep + 1:4d}/{episodes} | "
                      f"return {np.mean(rr):7.2f} | "
                      f"success {np.mean(rs):4.2f} | "
                      f"eps {agent.epsilon:.3f} | "
                      f"radius {radius}")
                truth.add(at=ep + 1, **{"return": np.mean(rr), "success": np.mean(rs)})
                truth.allow(eps=agent.epsilon, radius=radius)
        succ, steps = 0, []
        for k in range(20):
            ev = Grid(seed=1000 + 20 * seed + k)
            s = ev.reset()
            for n in range(1, 41):
                s, r, term = ev.step(agent.act(ev.onehot(s), greedy=True))
                if term:
                    succ += 1
                    steps.append(n)
                    break
        rate = succ / 20
        avg_steps = float(np.mean(steps)) if steps else float("nan")
        print(f"[seed {seed}] EVAL success {rate:.2f} | avg steps {avg_steps:.1f}")
        truth.add(**{"eval/success": rate, "eval/avg steps": avg_steps})
        summaries.append(rate)
    succ = np.array(summaries)
    print(f"\n=== {grid}: eval success {succ.mean():.3f} ± {succ.std():.3f} over {len(summaries)} seeds ===")
    truth.add(**{"eval/success": succ.mean()})
    truth.allow(**{"eval/success_std": succ.std()})
    print(f"Artifacts written to results/dqn/{grid}")
    truth.write("the script's running means and evaluation results", libraries=("torch",),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"seedcurr": run}, root=HELDOUT58)
