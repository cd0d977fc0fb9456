"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written per-step Q-learning loop printing as vishnu-thirumurugan/cartpole_dqn_naive-
``cartpole_dqn.py``: ``print('episode', i, 'score %.1f avg score %.1f epsilon %.2f' % (score,
avg_score, agent.epsilon))`` (two print arguments and a %-formatted third, so ``episode`` and its
number are separated by print's space). Here: our NumPy cart-pole (200-step cap), the same
128-unit network, one update per step, epsilon falling by 4e-4 per update (the original's 1e-5
over 10,000 games), 250 games with a line every 25th (the original: every 100th).

Truth: ``score`` (this episode's return) and ``avg score`` (mean of the last 100) at the printed
episode. ``epsilon`` is a setting, no metric.
"""

from _toy import CartPole
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    np.random.seed(21)
    torch.manual_seed(21)
    env = CartPole(seed=21)
    fc1, fc2 = nn.Linear(4, 128), nn.Linear(128, 2)
    opt = torch.optim.Adam(list(fc1.parameters()) + list(fc2.parameters()), lr=0.001)
    q = lambda s: fc2(F.relu(fc1(s)))
    epsilon, scores, truth = 1.0, [], Truth()
    for i in range(250):
        done, score, obs = False, 0, env.reset()
        while not done:
            if np.random.random() > epsilon:
                with torch.no_grad():
                    action = int(torch.argmax(q(torch.tensor(obs))))
            else:
                action = np.random.choice([0, 1])
            obs_, reward, done = env.step(action)
            score += reward
            opt.zero_grad()
            q_pred = q(torch.tensor(obs))[action]
            q_target = reward + 0.99 * q(torch.tensor(obs_)).max()
            loss = F.mse_loss(q_pred, q_target)
            loss.backward()
            opt.step()
            epsilon = epsilon - 4e-4 if epsilon > 0.01 else 0.01
            obs = obs_
        scores.append(score)
        if i % 25 == 0:
            avg_score = np.mean(scores[-100:])
            print('episode', i, 'score %.1f avg score %.1f epsilon %.2f' % (score, avg_score, epsilon))
            truth.add(at=i, score=score, **{"avg score": avg_score})
    truth.write("the script's episode scores", libraries=("torch",), rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"naivedqn": run}, root=HELDOUT47)
