"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written dueling-free DDQN loop printing as ColinFX/INF581-MineSweeper ``train_dqn.py``:
first the device (``cpu``), then after every batch of collected decisions the ``save_logs`` line,
``" ".join([str(batch_no), "\\tAvg Reward: ", str(avg_reward), "\\t Loss: ", str(loss), "\\t Wins: ",
str(wins), "\\t Epsilon: ", str(epsilon)])`` (unformatted floats, doubled spaces from the join).
Here: our own 4x4 minesweeper with 2 bombs (reveal of a safe cell 0.3, win 1, bomb -1), action
masking, a linear Q-network, batches of 128 decisions, 14 batches, reward-based epsilon decay.

Truth: ``Avg Reward``, ``Loss`` and ``Wins`` (the win rate in percent) of each line, at the batch
number that opens it (a bare leading counter, taken as the step); ``Epsilon`` is optional.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(2)
    np.random.seed(2)
    torch.manual_seed(2)
    device = torch.device("cpu")
    print(device)
    W = H = 4
    n = W * H

    class Game:
        def reset(self):
            self.bombs = np.zeros(n, bool)
            self.bombs[np.random.choice(n, 2, replace=False)] = True
            self.fog = np.ones(n)
            self.state = np.full(n, -1.0, dtype=np.float32)
            return self.state

        def counts(self, i):
            r, c = divmod(i, W)
            return sum(self.bombs[rr * W + cc] for rr in range(max(0, r - 1), min(H, r + 2))
                       for cc in range(max(0, c - 1), min(W, c + 2)))

        def choose(self, i):
            self.fog[i] = 0
            if self.bombs[i]:
                return self.state, True, -1
            self.state[i] = self.counts(i) / 8.0
            if self.fog.sum() == self.bombs.sum():
                return self.state, True, 1
            return self.state, False, 0.3

    env = Game()
    model = nn.Linear(n, n)
    target = nn.Linear(n, n)
    target.load_state_dict(model.state_dict())
    opt = torch.optim.Adam(model.parameters(), lr=0.003, weight_decay=1e-5)
    buffer = []
    epsilon, reward_threshold, reward_step = 1.0, 0.12, 0.01
    batch_size, epochs, gamma, tau = 128, 14, 0.99, 5e-3
    state = env.reset().copy()
    count = running_reward = batch_no = wins = total = 0
    truth = Truth()
    while batch_no < epochs:
        mask = env.fog.copy()
        if random.random() < epsilon:
            action = int(np.random.choice(np.flatnonzero(mask)))
        else:
            with torch.no_grad():
                qv = model(torch.tensor(state)).numpy()
            qv[mask == 0] = -np.inf
            action = int(qv.argmax())
        next_state, terminal, reward = env.choose(action)
        next_state = next_state.copy()
        buffer.append((state, action, mask, reward, next_state, env.fog.copy(), terminal))
        state = next_state
        count += 1
        running_reward += reward
        if terminal:
            if reward == 1:
                wins += 1
            state = env.reset().copy()
            total += 1
        if count == batch_size:
            sample = random.sample(buffer, min(len(buffer), 256))
            S = torch.tensor(np.array([b[0] for b in sample]))
            A = torch.tensor([b[1] for b in sample])
            R = torch.tensor([b[3] for b in sample], dtype=torch.float32)
            S2 = torch.tensor(np.array([b[4] for b in sample]))
            M2 = torch.tensor(np.array([b[5] for b in sample]), dtype=torch.float32)
            D = torch.tensor([float(b[6]) for b in sample])
            with torch.no_grad():
                nq = target(S2).masked_fill(M2 == 0, -1e9).max(1).values
                nq = torch.where(D > 0, torch.zeros_like(nq), nq)
            q_value = model(S).gather(1, A[:, None]).squeeze(1)
            loss = (q_value - (R + gamma * nq)).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            with torch.no_grad():
                for tp, lp in zip(target.parameters(), model.parameters()):
                    tp.copy_(tau * lp + (1 - tau) * tp)
            loss = loss.item()
            batch_no += 1
            avg_reward = running_reward / batch_size
            wins = wins * 100 / total
            res = [str(batch_no), "\tAvg Reward: ", str(avg_reward), "\t Loss: ", str(loss),
                   "\t Wins: ", str(wins), "\t Epsilon: ", str(epsilon)]
            print(" ".join(res))
            truth.add(at=batch_no, **{"Avg Reward": avg_reward, "Loss": loss, "Wins": wins})
            truth.allow(Epsilon=epsilon)
            if avg_reward > reward_threshold:
                epsilon = max(0.01, epsilon * 0.90)
                reward_threshold += reward_step
            running_reward = count = wins = total = 0
    truth.write("the loop's batch reward, TD loss and win rate", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"minesweeper": run}, root=HELDOUT48)
