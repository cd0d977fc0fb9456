"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written DQN printing as 0-Ahmed-Tamer-0/RL-Snake-game ``train.py``: every 50th episode
``Ep   50 | Score   3 | Avg(50)  1.24 | Loss 0.0123 | ε 0.010`` (the episode's score, the
moving average over the last 50 scores, the episode's mean TD loss, the exploration rate), when
the moving average reaches the target ``\\n✅ Early stopping at episode 233 — avg score 1.52``,
then ``Plots saved to results/training_curves.png`` and ``\\nTraining complete. Best model
saved to: checkpoints/best_model.pth``. Here: our snake on a 6x6 grid with two obstacles, the
classic 11-feature state (dangers, heading, food direction), a 11-64-3 Q-network with a replay
buffer and soft target updates (gamma 0.99, batch 64 and epsilon decay 0.5 an episode as the
original; lr 2e-3 and tau 0.01 where it has 5e-4 and 1e-3, for a short run). The original's
target, a moving average of 15, is out of reach of a short run: ours is 2.0. The plots are not
drawn; the line is printed.

Truth: ``Score``, ``Avg(50)``, ``Loss`` at the printed episode; the early-stopping line's ``avg
score`` at its episode. ``ε`` (a schedule) is optional.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    random.seed(3)
    np.random.seed(3)
    torch.manual_seed(3)
    N = 6
    OBST = {(2, 2), (3, 4)}
    DIRS = [(0, -1), (1, 0), (0, 1), (-1, 0)]  # up, right, down, left

    class SnakeEnv:
        def reset(self):
            self.body = deque([(3, 1)])
            self.heading = 2
            self.score = 0
            self.idle = 0
            self._food()
            return self.state()

        def _food(self):
            free = [(x, y) for x in range(N) for y in range(N)
                    if (x, y) not in self.body and (x, y) not in OBST]
            self.food = free[np.random.randint(len(free))]

        def _danger(self, d):
            hx, hy = self.body[0]
            x, y = hx + DIRS[d][0], hy + DIRS[d][1]
            return not (0 <= x < N and 0 <= y < N) or (x, y) in OBST or (x, y) in self.body

        def state(self):
            h, (hx, hy), (fx, fy) = self.heading, self.body[0], self.food
            return np.array([self._danger(h), self._danger((h + 1) % 4),
                             self._danger((h + 3) % 4), h == 3, h == 1, h == 0, h == 2,
                             fx < hx, fx > hx, fy < hy, fy > hy], dtype=np.float32)

        def step(self, action):
            self.heading = (self.heading + [0, 1, 3][action]) % 4
            if self._danger(self.heading):
                return self.state(), -10.0, True, {"score": self.score}
            hx, hy = self.body[0]
            head = (hx + DIRS[self.heading][0], hy + DIRS[self.heading][1])
            self.body.appendleft(head)
            reward = 0.0
            if head == self.food:
                self.score += 1
                self.idle = 0
                reward = 10.0
                self._food()
            else:
                self.body.pop()
                self.idle += 1
            done = self.idle > 12
            return self.state(), reward, done, {"score": self.score}

    class QNetwork(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1, self.fc2 = nn.Linear(11, 64), nn.Linear(64, 3)

        def forward(self, x):
            return self.fc2(F.relu(self.fc1(x)))

    EPISODES, GAMMA, LR, BATCH_SIZE = 300, 0.99, 0.002, 64
    EPSILON, EPSILON_MIN, EPSILON_DECAY, TAU = 1.0, 0.01, 0.5, 0.01
    TARGET_SCORE, MOVING_AVG_N = 2.0, 50
    env = SnakeEnv()
    q, q_target = QNetwork(), QNetwork()
    q_target.load_state_dict(q.state_dict())
    opt = torch.optim.Adam(q.parameters(), lr=LR)
    buf = {"s": np.zeros((10000, 11), np.float32), "a": np.zeros(10000, np.int64),
           "r": np.zeros(10000, np.float32), "s2": np.zeros((10000, 11), np.float32),
           "d": np.zeros(10000, np.float32)}
    buf_n = 0
    epsilon = EPSILON
    truth = Truth()

    def learn():
        nonlocal buf_n
        if buf_n < BATCH_SIZE:
            return None
        j = np.random.randint(0, min(buf_n, 10000), BATCH_SIZE)
        s, a, r, s2, d = (torch.from_numpy(buf[k][j]) for k in ("s", "a", "r", "s2", "d"))
        with torch.no_grad():
            target = r + GAMMA * q_target(s2).max(1).values * (1 - d)
        pred = q(s).gather(1, a.unsqueeze(1)).squeeze(1)
        loss = F.mse_loss(pred, target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            for tp, p in zip(q_target.parameters(), q.parameters()):
                tp.mul_(1 - TAU).add_(TAU * p)
        return loss.item()

    score_window = deque(maxlen=MOVING_AVG_N)
    for ep in range(1, EPISODES + 1):
        state, done, ep_losses = env.reset(), False, []
        while not done:
            if random.random() < epsilon:
                action = random.randrange(3)
            else:
                with torch.no_grad():
                    action = int(q(torch.tensor(state)).argmax())
            next_state, reward, done, info = env.step(action)
            k = buf_n % 10000
            buf["s"][k], buf["a"][k], buf["r"][k] = state, action, reward
            buf["s2"][k], buf["d"][k] = next_state, float(done)
            buf_n += 1
            loss = learn()
            if loss is not None:
                ep_losses.append(loss)
            state = next_state
        epsilon = max(EPSILON_MIN, epsilon * EPSILON_DECAY)
        score = info["score"]
        avg_loss = float(np.mean(ep_losses)) if ep_losses else 0.0
        score_window.append(score)
        avg_score = float(np.mean(score_window))
        if ep % 50 == 0:
            print(f"Ep {ep:4d} | Score {score:3d} | "
                  f"Avg(50) {avg_score:5.2f} | "
                  f"Loss {avg_loss:.4f} | ε {epsilon:.3f}")
            truth.add(at=ep, Score=score, **{"Avg(50)": avg_score, "Loss": avg_loss})
            truth.allow(**{"ε": epsilon})
        if avg_score >= TARGET_SCORE and len(score_window) == MOVING_AVG_N:
            print(f"\n✅ Early stopping at episode {ep} — avg score {avg_score:.2f}")
            truth.add(at=ep, **{"avg score": avg_score})
            break
    print("Plots saved to results/training_curves.png")
    print("\nTraining complete. Best model saved to: checkpoints/best_model.pth")
    truth.write("the script's episode scores, moving averages and mean TD losses",
                libraries=("torch",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"snakedqn": run}, root=HELDOUT41)
