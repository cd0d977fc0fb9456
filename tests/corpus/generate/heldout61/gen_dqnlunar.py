"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A DQN training loop printing as 110805/DQN_DDPG ``dqn.py`` (the NCTU "DLP DQN Lab"): ``Start
Training``, then at the end of each episode ``'Step: {}\\tEpisode: {}\\tLength: {:3d}\\tTotal
reward: {:.2f}\\tEwma reward: {:.2f}\\tEpsilon: {:.3f}'`` (the total step count, the episode, its
length, its reward, the 0.05-weighted moving average of rewards, the exploration rate), then
``Start Testing`` and ``print('Average Reward', np.mean(rewards))`` over ten greedy episodes.
Here: a small Q-network on a NumPy cart-pole, 30 episodes, a 300-step warm-up.

Truth: ``Total reward`` and ``Ewma reward`` at the printed ``Step`` (the total step count that
leads the line); ``Average Reward`` with no step. ``Length`` (a count that is an episode's
result) and ``Epsilon`` (the schedule) are optional; ``Episode`` is bookkeeping, in neither.
"""

from _toy import CartPole
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import itertools
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(61)
    np.random.seed(61)
    torch.manual_seed(61)
    env = CartPole(seed=5)
    net = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 2))
    target = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 2))
    target.load_state_dict(net.state_dict())
    opt = torch.optim.Adam(net.parameters(), lr=5e-4)
    memory = deque(maxlen=10000)
    warmup, eps_decay, eps_min, gamma, batch_size = 300, .995, .01, .99, 64
    truth = Truth()

    def select(state, epsilon):
        if random.random() > epsilon:
            with torch.no_grad():
                return net(torch.from_numpy(state)).max(0)[1].item()
        return random.randrange(2)

    print('Start Training')
    total_steps, epsilon, ewma_reward = 0, 1., 0
    for episode in range(30):
        total_reward = 0
        state = env.reset()
        for t in itertools.count(start=1):
            if total_steps < warmup:
                action = random.randrange(2)
            else:
                action = select(state, epsilon)
                epsilon = max(epsilon * eps_decay, eps_min)
            next_state, reward, done = env.step(action)
            memory.append((state, [action], [reward / 10], next_state, [int(done)]))
            if total_steps >= warmup:
                if total_steps % 4 == 0:
                    s, a, r, s2, d = (torch.tensor(np.array(x), dtype=torch.float)
                                      for x in zip(*random.sample(memory, batch_size)))
                    q = net(s).gather(1, a.long())
                    with torch.no_grad():
                        q_target = r + gamma * target(s2).max(1)[0].view(-1, 1) * (1 - d)
                    loss = nn.MSELoss()(q, q_target)
                    opt.zero_grad()
                    loss.backward()
                    nn.utils.clip_grad_norm_(net.parameters(), 5)
                    opt.step()
                if total_steps % 200 == 0:
                    target.load_state_dict(net.state_dict())
            state = next_state
            total_reward += reward
            total_steps += 1
            if done:
                ewma_reward = 0.05 * total_reward + (1 - 0.05) * ewma_reward
                print(
                    'Step: {}\tEpisode: {}\tLength: {:3d}\tTotal reward: {:.2f}\tEwma reward: {:.2f}\tEpsilon: {:.3f}'
                    .format(total_steps, episode, t, total_reward, ewma_reward,
                            epsilon))
                truth.add(at=total_steps, **{"Total reward": total_reward,
                                             "Ewma reward": ewma_reward})
                truth.allow(Length=t, Epsilon=epsilon)
                break

    print('Start Testing')
    rewards = []
    for n_episode in range(10):
        total_reward = 0
        state = env.reset()
        for t in itertools.count(start=1):
            action = select(state, .001)
            state, reward, done = env.step(action)
            total_reward += reward
            if done:
                rewards.append(total_reward)
                break
    print('Average Reward', np.mean(rewards))
    truth.add(**{"Average Reward": np.mean(rewards)})
    truth.write("the loop's episode rewards, their moving average and the test mean",
                libraries=("torch", "numpy"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"dqnlunar": run}, root=HELDOUT61)
