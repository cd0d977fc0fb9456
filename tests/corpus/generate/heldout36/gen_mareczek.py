"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A Q-learning agent logging as bastyje/mareczek ``dqn/logger.py`` does: the ``dqn`` logger at
INFO with ``logging.basicConfig(format='%(asctime)s - %(name)s - %(levelname)s -
%(message)s')`` (stderr): ``Device: cpu``, after each episode ``Finished episode 3; total score
412; avg score 137; epsilon 0.8573749000`` (scores with no decimals, epsilon with ten), ``Model
saved: ...`` every 10 episodes and ``Training done``. Here: tabular Q-learning on a 12-state
chain with a far reward (NumPy), epsilon decaying by 0.95 an episode, 30 episodes of up to 60
steps; the "avg score" is the running mean of the episode scores; no model file is written.

Truth: ``total score`` and ``avg score`` (printed as integers) at the printed episode;
``epsilon`` is optional (a decay schedule).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import logging

    import numpy as np

    logger = logging.getLogger('dqn')
    logger.setLevel(logging.INFO)
    logging.basicConfig(format='%(asctime)s - %(name)s - %(levelname)s - %(message)s')

    rng = np.random.default_rng(36)
    n_states, Q = 12, np.zeros((12, 2))
    epsilon, alpha, gamma = 1.0, 0.3, 0.95
    logger.info(f'Device: {"cpu"}')
    scores = []
    truth = Truth()
    for episode in range(1, 31):
        s, total_score = 0, 0.0
        for _ in range(60):
            a = int(rng.integers(2)) if rng.random() < epsilon else int(Q[s].argmax())
            s2 = min(s + 1, n_states - 1) if a == 1 else max(s - 1, 0)
            r = 100.0 if s2 == n_states - 1 else (1.0 if s2 == 0 else 0.0)
            Q[s, a] += alpha * (r + gamma * Q[s2].max() - Q[s, a])
            total_score += r
            s = 0 if s2 == n_states - 1 else s2
        scores.append(total_score)
        score = float(np.mean(scores))
        logger.info(f'Finished episode {episode}; total score {total_score:.0f}; avg score '
                    f'{score:.0f}; epsilon {epsilon:.10f}')
        truth.add(at=episode, **{"total score": total_score, "avg score": score})
        truth.allow(epsilon=epsilon)
        epsilon *= 0.95
        if episode % 10 == 0:
            logger.info(f'Model saved: {"models/dqn_%d.pt" % episode}')
    logger.info('Training done')
    truth.write("the script's episode score and running mean score (printed with no decimals)",
                libraries=("numpy",), rel=1e-9, abs_tol=0.5)


if __name__ == "__main__":
    main(__file__, {"mareczek": run}, root=HELDOUT36)
