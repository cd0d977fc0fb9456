"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A hand-written DQN printing as YuriyGuts/snake-ai-reinforcement ``snakeai/agent/dqn.py``
(``DeepQNetworkAgent.train``): one line per episode, ``Episode     1/   24 | Loss   0.1234 |
Exploration 0.96 | Fruits  0 | Timesteps   12 | Total Reward   -1`` (the loss summed over the
episode's replay updates, an integer reward sum). Here: an 8x8 snake with walls, the last 4
frames as input, a small MLP Q-network in PyTorch (the original: a Keras CNN), experience replay
of 1000 and batches of 32, linear exploration decay from 1.0 to 0.1 over half the episodes.

Truth: ``Loss`` and ``Total Reward`` at the printed episode. Optional: ``Exploration`` (the
epsilon schedule), ``Fruits`` and ``Timesteps`` (counts).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import collections

    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(14)
    torch.manual_seed(14)
    size, n_frames, n_actions = 8, 4, 3  # actions: straight, left, right
    dirs = [(-1, 0), (0, 1), (1, 0), (0, -1)]

    class Snake:
        def new_episode(self):
            self.body = collections.deque([(4, 3), (4, 2)])
            self.dir = 1
            self.place_fruit()
            self.fruits = self.timesteps = self.rewards = 0
            self.done = False
            return self.observe()

        def place_fruit(self):
            free = [(r, c) for r in range(1, size - 1) for c in range(1, size - 1)
                    if (r, c) not in self.body]
            self.fruit = free[rng.integers(len(free))]

        def observe(self):
            g = np.zeros((size, size), dtype=np.float32)
            g[0, :] = g[-1, :] = g[:, 0] = g[:, -1] = -1.0
            for r, c in self.body:
                g[r, c] = 0.5
            g[self.body[0]] = 1.0
            g[self.fruit] = 2.0
            return g

        def step(self, action):
            self.dir = (self.dir + [0, -1, 1][action]) % 4
            head = (self.body[0][0] + dirs[self.dir][0], self.body[0][1] + dirs[self.dir][1])
            self.timesteps += 1
            reward = 0
            if (head[0] in (0, size - 1) or head[1] in (0, size - 1)
                    or head in list(self.body)[:-1] or self.timesteps >= 100):
                reward, self.done = -1, True
            else:
                self.body.appendleft(head)
                if head == self.fruit:
                    reward = 1
                    self.fruits += 1
                    self.place_fruit()
                else:
                    self.body.pop()
            self.rewards += reward
            return self.observe(), reward, self.done

    model = nn.Sequential(nn.Flatten(), nn.Linear(n_frames * size * size, 64), nn.ReLU(),
                          nn.Linear(64, n_actions))
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    memory = collections.deque(maxlen=1000)
    env = Snake()
    truth = Truth()
    num_episodes, batch_size, discount = 24, 32, 0.9
    max_e, min_e = 1.0, 0.1
    decay = (max_e - min_e) / (num_episodes * 0.5)
    exploration_rate = max_e

    def predict(state):
        with torch.no_grad():
            return model(torch.tensor(state)[None]).numpy()

    def train_on_batch():
        if len(memory) < batch_size:
            return None
        idx = rng.choice(len(memory), batch_size, replace=False)
        s, a, r, s2, d = zip(*[memory[i] for i in idx])
        s, s2 = torch.tensor(np.array(s)), torch.tensor(np.array(s2))
        with torch.no_grad():
            target = model(s).clone()
            best = model(s2).max(1).values
        for k in range(batch_size):
            target[k, a[k]] = r[k] + (0 if d[k] else discount * best[k])
        loss = nn.functional.mse_loss(model(s), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    for episode in range(num_episodes):
        frame = env.new_episode()
        frames = collections.deque([frame] * n_frames)
        state = np.array(frames)
        loss = 0.0
        game_over = False
        while not game_over:
            if rng.random() < exploration_rate:
                action = int(rng.integers(n_actions))
            else:
                action = int(np.argmax(predict(state)[0]))
            frame, reward, game_over = env.step(action)
            frames.append(frame)
            frames.popleft()
            state_next = np.array(frames)
            memory.append((state, action, reward, state_next, game_over))
            state = state_next
            batch_loss = train_on_batch()
            if batch_loss is not None:
                loss += float(batch_loss)
        if exploration_rate > min_e:
            exploration_rate -= decay
        summary = 'Episode {:5d}/{:5d} | Loss {:8.4f} | Exploration {:.2f} | ' + \
                  'Fruits {:2d} | Timesteps {:4d} | Total Reward {:4d}'
        print(summary.format(episode + 1, num_episodes, loss, exploration_rate,
                             env.fruits, env.timesteps, env.rewards))
        truth.add(at=episode + 1, **{"Loss": loss, "Total Reward": env.rewards})
        truth.allow(Exploration=exploration_rate, Fruits=env.fruits, Timesteps=env.timesteps)
    truth.write("the agent's summed replay losses and episode rewards", libraries=("torch",),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"snakedqn": run}, root=HELDOUT51)
