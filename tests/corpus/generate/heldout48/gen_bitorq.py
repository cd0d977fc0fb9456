"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as BitorqubitT/RL-driving ``train_dqn.py``: first the
hyperparameter combination as a bare tuple (``print(combination)``), then at the end of every
episode ``print("reward", max_reward, "epi_durations", counter, "mean_score", mean)`` (print's
own separators, unformatted floats). Here: our own 1-D track (a car that must keep its speed
between the walls; reward 0.1 a step on the track, episode ends on a crash or after 200 steps),
a small Q-network, 20 episodes.

Truth: ``reward`` and ``mean_score`` (the running mean of the episode rewards) of each line, at
no step (the line states none); ``epi_durations`` (a step count) is optional.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(3)
    torch.manual_seed(3)
    combination = (64, 0.99, 0.005, 0.001, 20, 0.9, 0.1, 300, 3, 2, "track 3", "random")
    print(combination)
    batch_size, gamma, tau, lr, episodes, eps_start, eps_end, eps_decay, n_actions, n_obs, _, _ = combination
    policy = nn.Sequential(nn.Linear(n_obs, 32), nn.ReLU(), nn.Linear(32, n_actions))
    target = nn.Sequential(nn.Linear(n_obs, 32), nn.ReLU(), nn.Linear(32, n_actions))
    target.load_state_dict(policy.state_dict())
    opt = torch.optim.AdamW(policy.parameters(), lr=lr)
    memory, steps_done, all_rewards = [], 0, []
    truth = Truth()
    for i in range(episodes):
        pos, vel = 0.0, random.uniform(-0.2, 0.2)
        state = torch.tensor([pos, vel], dtype=torch.float32)
        counter, max_reward = 0, 0
        while True:
            counter += 1
            eps = eps_end + (eps_start - eps_end) * np.exp(-steps_done / eps_decay)
            steps_done += 1
            if random.random() < eps:
                action = random.randrange(n_actions)
            else:
                with torch.no_grad():
                    action = int(policy(state).argmax())
            vel = vel + (action - 1) * 0.05 + random.gauss(0, 0.03)
            pos = pos + vel
            terminated = abs(pos) > 1.0
            reward = 0 if terminated else 0.1
            max_reward += reward
            truncated = counter == 200
            next_state = None if terminated else torch.tensor([pos, vel], dtype=torch.float32)
            memory.append((state, action, next_state, reward))
            state = next_state
            if len(memory) >= batch_size:
                batch = random.sample(memory, batch_size)
                S = torch.stack([b[0] for b in batch])
                A = torch.tensor([b[1] for b in batch])
                R = torch.tensor([b[3] for b in batch], dtype=torch.float32)
                nonfinal = torch.tensor([b[2] is not None for b in batch])
                nxt = torch.zeros(batch_size)
                if nonfinal.any():
                    with torch.no_grad():
                        nxt[nonfinal] = target(torch.stack([b[2] for b in batch if b[2] is not None])).max(1).values
                loss = nn.functional.smooth_l1_loss(policy(S).gather(1, A[:, None]).squeeze(1), R + gamma * nxt)
                opt.zero_grad()
                loss.backward()
                opt.step()
                with torch.no_grad():
                    for tp, pp in zip(target.parameters(), policy.parameters()):
                        tp.mul_(1 - tau).add_(tau * pp)
            if terminated or truncated:
                all_rewards.append(max_reward)
                mean = np.mean(all_rewards)
                print("reward", max_reward, "epi_durations", counter, "mean_score", mean)
                truth.add(reward=max_reward, mean_score=mean)
                truth.allow(epi_durations=counter)
                break
    truth.write("the loop's episode rewards and their running mean", libraries=("torch",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"bitorq": run}, root=HELDOUT48)
