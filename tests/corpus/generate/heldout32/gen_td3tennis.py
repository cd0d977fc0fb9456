"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written RL loop printing as the run kept in Zartris/TD3_multi_agent_tennis
``results/test16/model_test.md``: ``## Hyper parameters used:`` then one tab-indented
``name=value`` line per setting (strings in quotes), ``##Training stats:``, then per episode
``\\tEpisode 1\\tAverage Score: 0.00 \\t current mean: -0.00\\t Min:-0.01\\tMax:0.00\\tDuration:0.52``
(two decimals, no space after ``Min:``/``Max:``), and when the 100-episode average beats the
best so far ``At episode 2 the current best 0.03 has been beaten by 0.05000000074505806, so we
save the model`` printed with no newline (the next episode line starts on the same line after
its tab). Here: two agents' noisy linear policies improved by random search on a toy
ball-keeping game (NumPy, float32 scores), 10 episodes.

Truth: the script's ``Average Score`` (mean over the last 100 episodes), ``current mean`` (this
episode's mean over the two agents), ``Min`` and ``Max`` (over the agents), at the episode the
line states; ``Duration`` is a time (no truth). In the save message the old best is a printed
state of ``Average Score`` already listed and the new best equals the line's average: both
optional (``current best``, ``beaten by``). The hyperparameters are ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import time

    import numpy as np

    params = {"batch_size": 256, "buffer_size": 1048576, "discount": 0.99, "episodes": 10,
              "eval": False, "exploration_noise": 0.3, "load_model_path": "", "lr_actor": 0.001,
              "lr_critic": 0.001, "seed": 0, "tau": 0.01, "train_delay": 2}
    print("## Hyper parameters used:")
    for k, v in params.items():
        print(f"\t{k}={v!r}" if isinstance(v, str) else f"\t{k}={v}")
    print("##Training stats:")
    rng = np.random.default_rng(32)
    W = np.zeros((2, 3), dtype=np.float32)
    truth = Truth()

    def play(Wt):
        scores = np.zeros(2, dtype=np.float32)
        state = rng.normal(0, 1, 3).astype(np.float32)
        for _ in range(30):
            act = np.tanh(Wt @ state)
            hit = np.abs(act - state[:2]) < 0.5
            scores += np.where(hit, np.float32(0.1), np.float32(-0.01)).astype(np.float32)
            if not hit.any():
                break
            state = rng.normal(0, 1, 3).astype(np.float32)
        return scores

    history = []
    best = 0.0
    for episode in range(1, params["episodes"] + 1):
        start = time.time()
        trial = (W + rng.normal(0, 0.3, W.shape)).astype(np.float32)
        scores = play(trial)
        if scores.mean() >= play(W).mean():
            W = trial
        current = float(np.mean(scores))
        history.append(np.float32(np.max(scores)))
        avg = float(np.mean(history[-100:]))
        print(f"\tEpisode {episode}\tAverage Score: {avg:.2f} \t current mean: {current:.2f}\t "
              f"Min:{float(scores.min()):.2f}\tMax:{float(scores.max()):.2f}\tDuration:{time.time() - start:.2f}")
        truth.add(at=episode, **{"Average Score": avg, "current mean": current,
                                 "Min": float(scores.min()), "Max": float(scores.max())})
        if avg > best:
            print(f"\nAt episode {episode} the current best {best:.2f} has been beaten by {avg}, so we save the model", end="")
            truth.allow(**{"current best": best, "beaten by": avg})
            best = avg
    truth.write("the script's float32 agent scores: running average, mean, min and max",
                libraries=("numpy",), params=params, rel=1e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"td3tennis": run}, root=HELDOUT32)
