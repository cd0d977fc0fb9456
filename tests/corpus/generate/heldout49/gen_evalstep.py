"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A DQN loop printing as TalhaChoudhry/honours-cartpole-rl
``experiments/exp1_baseline/train_cartpole_dqn.py``: training in chunks of ``eval_interval``
environment steps, after each ``f"[EVAL at step {total}] mean={mean:.1f} ± {std:.1f}"`` (a
deterministic evaluation over ``eval_eps`` episodes), ``f"[SAVE] best -> {name} (mean={best:.1f})"``
when it improves, and at the end ``f"[FINAL EVAL seed {seed}] mean={fmean:.1f} ± {fstd:.1f}"`` and
``[DONE] final model saved -> ...``. Here: our own small DQN on our NumPy cart-pole for
stable-baselines3's DQN on gym's, 8 chunks of 500 steps, 10 evaluation episodes each.

Truth: ``eval/mean`` (the line leads with ``[EVAL``) at the step it states; the final evaluation's
``mean`` without a step (``FINAL`` heads that line, and the seed is no step). Optional: the ``±``
standard deviations and the ``[SAVE]`` repeat of the best mean.
"""

from _toy import DQN, CartPole
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import numpy as np

    seed = 0
    env, eval_env = CartPole(seed=47, limit=200), CartPole(seed=12345, limit=200)
    agent = DQN(seed=47, lr=1e-3)
    truth = Truth()

    def periodic_eval(n=10):
        rets = []
        for _ in range(n):
            s, done, tot = eval_env.reset(), False, 0.0
            while not done:
                s, r, done = eval_env.step(agent.act(s, 0.0))
                tot += r
            rets.append(tot)
        return float(np.mean(rets)), float(np.std(rets))

    best_mean, total, state, eps, steps_done = -np.inf, 0, env.reset(), 1.0, 0
    best_name = f"dqn_cartpole_seed{seed}_clean_best.zip"
    while total < 4000:
        for _ in range(500):
            a = agent.act(state, eps)
            nxt, r, done = env.step(a)
            agent.remember(state, a, r, nxt, float(done and env.t < env.limit))
            state = env.reset() if done else nxt
            steps_done += 1
            eps = max(0.02, 1.0 - steps_done / 1600)
            if steps_done > 200:
                agent.replay()
            if steps_done % 250 == 0:
                agent.sync()
        total += 500
        mean, std = periodic_eval()
        print(f"[EVAL at step {total}] mean={mean:.1f} ± {std:.1f}")
        truth.add(at=total, **{"eval/mean": mean})
        truth.allow(**{"eval/std": std})
        if mean > best_mean:
            best_mean = mean
            print(f"[SAVE] best -> {best_name} (mean={best_mean:.1f})")
            truth.allow(mean=best_mean)
    fmean, fstd = periodic_eval()
    print(f"[FINAL EVAL seed {seed}] mean={fmean:.1f} ± {fstd:.1f}")
    print(f"[DONE] final model saved -> models_clean/dqn_cartpole_seed{seed}_clean_final.zip")
    truth.add(mean=fmean)
    truth.allow(std=fstd)
    truth.write("the script's evaluation returns", libraries=("torch", "numpy"), rel=1e-4, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"evalstep": run}, root=HELDOUT49)
