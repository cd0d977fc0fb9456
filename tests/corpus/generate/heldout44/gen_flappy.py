"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written double-DQN loop printing as ChayannFamali/FlappyBird-PyTorch-1.11-Reinforcement-
Learning-DDQN ``train.py``: every iteration ``"Iteration: {}/{}, Action: {}, Loss: {}, Epsilon {},
Reward: {}"`` with the unformatted replay loss (``None`` while the memory is smaller than a
batch), the linearly decayed epsilon and the step's reward. Here: a toy flappy corridor (height
kept in bounds by flapping, 0.1 a step alive, 1 for a passed gap, -1 and a reset on a crash), a
small Q-network and its target copy, 20 iterations, batch 4, n_iter as printed 20.

Truth: ``Loss`` (where a number) and ``Reward`` at the printed iteration; ``Epsilon`` (the
schedule) and ``Action`` (the chosen action) optional.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import random
    from collections import deque

    import torch
    import torch.nn as nn

    random.seed(142)
    torch.manual_seed(142)

    class Flappy:
        def reset(self):
            self.h, self.v, self.x = 0.5, 0.0, 0
            return self.state()

        def state(self):
            return torch.tensor([self.h, self.v, (self.x % 5) / 5.0, 0.5], dtype=torch.float32)

        def next_step(self, action):
            self.v = 0.15 if action == 1 else self.v - 0.05
            self.h += self.v
            self.x += 1
            if self.h < 0 or self.h > 1:
                self.reset()
                return self.state(), -1, True
            reward = 1 if self.x % 5 == 0 else 0.1
            return self.state(), reward, False

    class DDQN:
        def __init__(self, n_action):
            self.model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, n_action))
            self.target = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, n_action))
            self.target.load_state_dict(self.model.state_dict())
            self.opt = torch.optim.Adam(self.model.parameters(), lr=1e-2)

        def predict(self, s):
            with torch.no_grad():
                return self.model(s)

        def replay(self, memory, batch_size, gamma):
            if len(memory) < batch_size:
                return None
            batch = random.sample(memory, batch_size)
            s = torch.stack([b[0] for b in batch])
            a = torch.tensor([b[1] for b in batch])
            s2 = torch.stack([b[2] for b in batch])
            r = torch.tensor([float(b[3]) for b in batch])
            d = torch.tensor([float(b[4]) for b in batch])
            with torch.no_grad():
                a2 = self.model(s2).argmax(1)
                q2 = self.target(s2).gather(1, a2[:, None]).squeeze(1)
            q = self.model(s).gather(1, a[:, None]).squeeze(1)
            loss = nn.functional.mse_loss(q, r + gamma * q2 * (1 - d))
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            return loss.item()

    n_iter, batch_size, gamma, n_action = 20, 4, 0.99, 2
    init_epsilon, final_epsilon = 0.1, 1e-4
    estimator = DDQN(n_action)
    memory = deque(maxlen=50000)
    env = Flappy()
    state = env.reset()
    truth = Truth()
    for iter in range(n_iter):
        epsilon = final_epsilon + (n_iter - iter) * (init_epsilon - final_epsilon) / n_iter
        if random.random() < epsilon:
            action = random.randint(0, n_action - 1)
        else:
            action = torch.argmax(estimator.predict(state)).item()
        next_state, reward, is_done = env.next_step(action)
        memory.append([state, action, next_state, reward, is_done])
        loss = estimator.replay(memory, batch_size, gamma)
        state = next_state
        print("Iteration: {}/{}, Action: {}, Loss: {}, Epsilon {}, Reward: {}".format(
            iter + 1, n_iter, action, loss, epsilon, reward))
        if loss is not None:
            truth.add(at=iter + 1, Loss=loss)
        truth.add(at=iter + 1, Reward=reward)
        truth.allow(Epsilon=epsilon, Action=action)
    truth.write("the script's replay losses and step rewards", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"flappy": run}, root=HELDOUT44)
