"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A DQN stock-trading agent printing as Eilok/RL-practices ``DQN-stock/src/train.py`` with its
``main.py``, ``DQN.py`` and ``environments.py`` (commit 70e9cc80): ten tqdm bars
``tqdm(total=num_episodes / 10, desc='Iteration %d')``, each updated once an episode, and every
tenth episode ``pbar.set_postfix({'episode': '%d', 'return': '%.3f'})`` with the mean return of
the last ten episodes. ``StockTradingEnv_v1`` (five actions from sell-all to buy-all, the reward
the change of net worth, ``reset(seed=0)`` every episode), the DQN update and the settings
(learning rate 1e-3, gamma 0.98, epsilon 0.01, target update 20, minimal size 100, batch 64)
are the original's, without gymnasium and pandas. Here: a synthetic 20-day price series in
place of ``data.csv``, hidden size 64, 200 episodes (the original: 250); no agent is pickled and
nothing is plotted or tested afterwards.

Truth: every postfix state's ``return`` at the episode the postfix prints (the bars' counts and
descriptions give no step).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import collections
    import random

    import numpy as np
    import torch
    import torch.nn.functional as F
    from tqdm import tqdm

    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    lr, num_episodes, hidden_dim, gamma, epsilon = 1e-3, 200, 64, 0.98, 0.01
    target_updata, buffer_size, minimal_size, batch_size = 20, 10000, 100, 64
    truth = Truth()

    # a synthetic daily price series with open/high/low/close columns
    prng = np.random.default_rng(70)
    close = 100 * np.exp(np.cumsum(prng.normal(0.002, 0.02, 20)))
    open_ = close * np.exp(prng.normal(0, 0.01, 20))
    high = np.maximum(open_, close) * (1 + np.abs(prng.normal(0, 0.01, 20)))
    low = np.minimum(open_, close) * (1 - np.abs(prng.normal(0, 0.01, 20)))
    data = {"open": open_, "high": high, "low": low, "close": close}

    class StockTradingEnv_v1:
        def __init__(self, data, initial_balance=10000):
            self.data, self.initial_balance = data, initial_balance
            self.current_step, self.balance, self.shares_held = 0, initial_balance, 0
            self.n = len(data["close"])

        def _get_obs(self):
            d, s = self.data, self.current_step
            return np.array([(d["close"][s] - d["open"][s]) / d["open"][s],
                             (d["high"][s] - d["low"][s]) / d["low"][s]], dtype=np.float32)

        def _take_action(self, action):
            current_price = self.data["close"][self.current_step]
            if action == 0:
                if self.shares_held > 0:
                    self.balance += current_price * self.shares_held
                    self.shares_held = 0
            elif action == 1:
                if self.shares_held > 0:
                    shares_sold = self.shares_held // 2
                    self.balance += current_price * shares_sold
                    self.shares_held -= shares_sold
            elif action in (3, 4):
                available_amount = self.balance // 2 if action == 3 else self.balance
                shares_buy = available_amount // current_price
                if shares_buy > 0:
                    self.shares_held += shares_buy
                    self.balance -= shares_buy * current_price

        def step(self, action):
            prev_net_worth = self.balance + self.shares_held * self.data["close"][self.current_step]
            self._take_action(action)
            self.current_step += 1
            next_price = self.data["close"][self.current_step]
            current_net_worth = self.balance + self.shares_held * next_price
            reward = current_net_worth - prev_net_worth
            done = self.current_step == self.n - 1
            return self._get_obs(), reward, done, False, {}

        def reset(self, seed=None):
            self.current_step, self.balance, self.shares_held = 0, self.initial_balance, 0
            return self._get_obs(), {}

    class ReplayBuffer:
        def __init__(self, capacity):
            self.buffer = collections.deque(maxlen=capacity)

        def add(self, state, action, reward, next_state, done):
            self.buffer.append((state, action, reward, next_state, done))

        def sample(self, batch_size):
            state, action, reward, next_state, done = zip(*random.sample(self.buffer, batch_size))
            return np.array(state), action, reward, np.array(next_state), done

        def size(self):
            return len(self.buffer)

    class Qnet(torch.nn.Module):
        def __init__(self, state_dim, hidden_dim, action_dim):
            super().__init__()
            self.fc1 = torch.nn.Linear(state_dim, hidden_dim)
            self.fc2 = torch.nn.Linear(hidden_dim, action_dim)

        def forward(self, x):
            return self.fc2(F.relu(self.fc1(x)))

    class DQN:
        def __init__(self, state_dim, hidden_dim, action_dim, learning_rate, gamma, epsilon,
                     target_update):
            self.action_dim = action_dim
            self.q_net = Qnet(state_dim, hidden_dim, action_dim)
            self.target_q_net = Qnet(state_dim, hidden_dim, action_dim)
            self.optimizer = torch.optim.Adam(self.q_net.parameters(), lr=learning_rate)
            self.gamma, self.epsilon = gamma, epsilon
            self.target_update, self.count = target_update, 0

        def take_action(self, state):
            if np.random.random() < self.epsilon:
                return np.random.randint(self.action_dim)
            with torch.no_grad():
                return self.q_net(torch.tensor(state[None], dtype=torch.float)).argmax().item()

        def update(self, t):
            states = torch.tensor(t["states"], dtype=torch.float)
            actions = torch.tensor(t["actions"]).view(-1, 1)
            rewards = torch.tensor(t["rewards"], dtype=torch.float).view(-1, 1)
            next_states = torch.tensor(t["next_states"], dtype=torch.float)
            dones = torch.tensor(t["dones"], dtype=torch.float).view(-1, 1)
            q_values = self.q_net(states).gather(1, actions)
            max_next_q_values = self.target_q_net(next_states).max(1)[0].view(-1, 1)
            q_targets = rewards + self.gamma * max_next_q_values * (1 - dones)
            dqn_loss = torch.mean(F.mse_loss(q_values, q_targets))
            self.optimizer.zero_grad()
            dqn_loss.backward()
            self.optimizer.step()
            if self.count % self.target_update == 0:
                self.target_q_net.load_state_dict(self.q_net.state_dict())
            self.count += 1

    env = StockTradingEnv_v1(data)
    replay_buffer = ReplayBuffer(buffer_size)
    agent = DQN(2, hidden_dim, 5, lr, gamma, epsilon, target_updata)

    return_list = []
    for i in range(10):
        with tqdm(total=int(num_episodes / 10), desc="Iteration %d" % i) as pbar:
            for i_episode in range(int(num_episodes / 10)):
                episode_return = 0
                state, _ = env.reset(seed=0)
                done = False
                while not done:
                    action = agent.take_action(state)
                    next_state, reward, done, truncated, _ = env.step(action)
                    replay_buffer.add(state, action, reward, next_state, done)
                    state = next_state
                    episode_return += reward
                    if replay_buffer.size() > minimal_size:
                        b_s, b_a, b_r, b_ns, b_d = replay_buffer.sample(batch_size)
                        agent.update({"states": b_s, "actions": b_a, "next_states": b_ns,
                                      "rewards": b_r, "dones": b_d})
                return_list.append(episode_return)
                if (i_episode + 1) % 10 == 0:
                    episode = num_episodes / 10 * i + i_episode + 1
                    pbar.set_postfix({"episode": "%d" % episode,
                                      "return": "%.3f" % np.mean(return_list[-10:])})
                    truth.add(at=int(episode), **{"return": np.mean(return_list[-10:])})
                pbar.update(1)
    truth.write("the mean return (summed net-worth changes) of the last ten episodes",
                libraries=("torch", "tqdm"), rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"dqnstock": run}, root=HELDOUT52)
