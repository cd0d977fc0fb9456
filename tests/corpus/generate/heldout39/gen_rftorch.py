"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as pypi-data/pypi-mirror-155
``packages/rftorch/rftorch-0.1.0.tar.gz/rftorch-0.1.0/src/rftorch/dqn/example_main.py`` (the
rftorch package's example): every episode ``"Episode %d - Score: %.2f - Average score: %.2f -
Epsilon: %.2f" % (i, score, np.mean(score_history[-100:]), agent.epsilon)``. Here: a small
torch DQN with a replay buffer on a 1-D corridor (reach the right end in few steps), 25
episodes, epsilon decaying per learning step.

Truth: ``Score`` and ``Average score`` at the printed episode; ``Epsilon`` is a schedule
(optional).
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(19)
    torch.manual_seed(19)
    N = 8
    q = nn.Sequential(nn.Linear(N, 32), nn.ReLU(), nn.Linear(32, 2))
    opt = torch.optim.Adam(q.parameters(), lr=5e-3)
    memory = []
    epsilon = 1.0

    def onehot(s):
        v = torch.zeros(N)
        v[s] = 1
        return v

    truth = Truth()
    score_history = []
    for i in range(25):
        s, done, score, t = 0, False, 0.0, 0
        while not done:
            if rng.random() < epsilon:
                a = int(rng.integers(2))
            else:
                with torch.no_grad():
                    a = int(q(onehot(s)).argmax())
            s2 = min(max(s + (1 if a == 1 else -1), 0), N - 1)
            t += 1
            r = 10.0 if s2 == N - 1 else -1.0
            done = s2 == N - 1 or t >= 30
            memory.append((s, a, r, s2, done))
            score += r
            s = s2
            if len(memory) >= 32:
                idx = rng.integers(0, len(memory), 32)
                S = torch.stack([onehot(memory[k][0]) for k in idx])
                A = torch.tensor([memory[k][1] for k in idx])
                R = torch.tensor([memory[k][2] for k in idx])
                S2 = torch.stack([onehot(memory[k][3]) for k in idx])
                D = torch.tensor([float(memory[k][4]) for k in idx])
                with torch.no_grad():
                    target = R + 0.95 * q(S2).max(1).values * (1 - D)
                loss = nn.functional.mse_loss(q(S).gather(1, A[:, None]).squeeze(1), target)
                opt.zero_grad()
                loss.backward()
                opt.step()
                epsilon = max(0.05, epsilon * 0.99)
        score_history.append(score)
        print("Episode %d - Score: %.2f - Average score: %.2f - Epsilon: %.2f"
              % (i, score, np.mean(score_history[-100:]), epsilon))
        truth.add(at=i, Score=score, **{"Average score": np.mean(score_history[-100:])})
        truth.allow(Epsilon=epsilon)
    truth.write("the script's episode scores", libraries=("torch", "numpy"), rel=1e-4,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"rftorch": run}, root=HELDOUT39)
