"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as sendeniz/cartpole-qlearn-and-mcpg ``cartpole_dqn.py``: two
runs (experience replay off, then on), each episode ``'Episode {}\\{}: done after {} timesteps,
total rewards {}, exploration {:.2}, memory length {}'`` (a literal backslash between the episode
and the episode count, as the original's string has it), and ``Agent consequitively solved the
game ...`` if the last 25 episodes average 195 (not reached here). Here: our NumPy cart-pole
(200-step cap, for gym's CartPole-v0), a PyTorch 24-24 network for the Keras one, 24 episodes
per run; the Keras ``model.summary()`` tables are left out.

Truth: ``total rewards`` at the printed episode (0-based, restarting with the second run).
``done after ... timesteps`` (a step count), ``exploration`` (epsilon) and ``memory length``
are no metrics.
"""

from _toy import CartPole
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(7)
    np.random.seed(7)
    torch.manual_seed(7)
    env = CartPole(seed=7)
    n_episodes, batch_size = 24, 32
    truth = Truth()
    reward_tracker = []

    class Agent:
        def __init__(self):
            self.memory = deque(maxlen=2000)
            self.gamma, self.epsilon, self.epsilon_min, self.epsilon_decay = 0.99, 1.0, 0.01, 0.999
            self.min_memory_req = 100
            self.model = nn.Sequential(nn.Linear(4, 24), nn.ReLU(), nn.Linear(24, 24), nn.ReLU(),
                                       nn.Linear(24, 2))
            self.opt = torch.optim.Adam(self.model.parameters(), lr=0.001)

        def pick_action(self, state):
            if np.random.random() < self.epsilon:
                return random.randrange(2)
            with torch.no_grad():
                return int(self.model(torch.tensor(state)).argmax())

        def exp_replay(self):
            mb = random.sample(self.memory, batch_size)
            s = torch.tensor(np.array([m[0] for m in mb]))
            a = torch.tensor([m[1] for m in mb])
            r = torch.tensor([m[2] for m in mb], dtype=torch.float32)
            s2 = torch.tensor(np.array([m[3] for m in mb]))
            d = torch.tensor([m[4] for m in mb], dtype=torch.float32)
            with torch.no_grad():
                target = r + self.gamma * self.model(s2).max(1).values * (1 - d)
            q = self.model(s).gather(1, a.view(-1, 1)).squeeze(1)
            loss = ((q - target) ** 2).mean()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            self.update_epsilon()

        def update_epsilon(self):
            if self.epsilon > self.epsilon_min and len(self.memory) >= self.min_memory_req:
                self.epsilon *= self.epsilon_decay

    for use_replay in (False, True):
        agent = Agent()
        for i_episode in range(n_episodes):
            state, done, rewards, time_steps_c = env.reset(), False, 0, 0
            while not done:
                action = agent.pick_action(state)
                next_state, reward, done = env.step(action)
                reward = reward if not done else -100
                agent.memory.append((state, action, reward, next_state, done))
                state = next_state
                rewards += 1
                time_steps_c += 1
                if len(agent.memory) > batch_size and use_replay:
                    agent.exp_replay()
                elif not use_replay:
                    agent.update_epsilon()
            print('Episode {}\\{}: done after {} timesteps, total rewards {}, exploration {:.2}, memory length {}'.format(i_episode, n_episodes, time_steps_c, rewards, agent.epsilon, len(agent.memory)))
            truth.add(at=i_episode, **{"total rewards": rewards})
            reward_tracker.append(rewards)
            if np.mean(reward_tracker[-min(25, len(reward_tracker)):]) >= 195:
                print('Agent consequitively solved the game with a score => 195 in {} episodes'.format(i_episode))
                break
    truth.write("the script's episode rewards", libraries=("torch",), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"dqnreplay": run}, root=HELDOUT47)
