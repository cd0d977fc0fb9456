"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written double-DQN loop printing as
gladisor/Reinforcement-Learning-Applied-To-Metamaterial-Design ``DDQN/main.py``: a tqdm bar over
each episode's steps (stderr, no description), then ``#:{episode}, I:{initial}, L:{lowest},
F:{current}, Score:{episode_reward}, Eps:{agent.eps}`` with Python's full float reprs (the
initial, lowest and final mean scattering, the episode's summed reward, the exploration
rate). Here: two "cylinders" moved on a plane by 8 discrete actions, with a smooth made-up
scattering function of their positions standing in for the TSCS solver, reward the drop in
scattering; 6 episodes of at most 30 steps, an MLP Q-network with a target copy every 10
steps, epsilon decayed linearly per episode. No wandb, no model file.

Truth: ``I``, ``L``, ``F`` (measured scattering) and ``Score`` at the episode the ``#:`` counter
states; ``Eps`` is optional (a schedule).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    random.seed(29)
    torch.manual_seed(29)
    rng = np.random.default_rng(29)
    moves = [(0.5, 0), (-0.5, 0), (0, 0.5), (0, -0.5)]

    def tscs(c):
        d = np.linalg.norm(c[0] - c[1])
        freqs = np.linspace(0.35, 0.45, 11)
        return 1.0 + 0.5 * np.cos(d * freqs * 12) ** 2 + 0.05 * np.abs(c).sum() / (1 + freqs)

    def state_of(c):
        return torch.tensor(np.concatenate([c.ravel(), tscs(c)]), dtype=torch.float32)

    Qp = nn.Sequential(nn.Linear(15, 64), nn.ReLU(), nn.Linear(64, 8))
    Qt = nn.Sequential(nn.Linear(15, 64), nn.ReLU(), nn.Linear(64, 8))
    Qt.load_state_dict(Qp.state_dict())
    opt = torch.optim.SGD(Qp.parameters(), lr=0.0005, momentum=0.9)
    memory = deque(maxlen=10000)
    eps, eps_end, eps_step, gamma = 1.0, 0.1, 0.15, 0.9
    step, EPISODE_LEN = 0, 30
    truth = Truth()
    for episode in range(6):
        episode_reward = 0
        c = rng.uniform(-3, 3, size=(2, 2))
        state = state_of(c)
        initial = state[4:].mean().item()
        lowest = initial
        for t in tqdm(range(EPISODE_LEN)):
            if random.random() < eps:
                action = random.randrange(8)
            else:
                with torch.no_grad():
                    action = int(Qp(state).argmax())
            c2 = c.copy()
            c2[action // 4] += moves[action % 4]
            c2 = np.clip(c2, -5, 5)
            next_state = state_of(c2)
            reward = state[4:].mean().item() - next_state[4:].mean().item()
            episode_reward += reward
            step += 1
            current = state[4:].mean().item()
            if current < lowest:
                lowest = current
            done = t == EPISODE_LEN - 1
            memory.append((state, action, reward, next_state, done))
            if len(memory) >= 32:
                batch = random.sample(memory, 32)
                s = torch.stack([b[0] for b in batch])
                a = torch.tensor([b[1] for b in batch])
                r = torch.tensor([b[2] for b in batch], dtype=torch.float32)
                s2 = torch.stack([b[3] for b in batch])
                dn = torch.tensor([b[4] for b in batch], dtype=torch.float32)
                with torch.no_grad():
                    target = r + gamma * (1 - dn) * Qt(s2).gather(1, Qp(s2).argmax(1, keepdim=True)).squeeze(1)
                loss = nn.functional.smooth_l1_loss(Qp(s).gather(1, a[:, None]).squeeze(1), target)
                opt.zero_grad()
                loss.backward()
                opt.step()
            c, state = c2, next_state
            if step % 10 == 0:
                Qt.load_state_dict(Qp.state_dict())
                step = 0
            if done:
                break
        eps = max(eps_end, eps - eps_step)
        print(
            f'#:{episode}, '
            f'I:{initial}, '
            f'L:{lowest}, '
            f'F:{current}, '
            f'Score:{episode_reward}, '
            f'Eps:{eps}')
        truth.add(at=episode, I=initial, L=lowest, F=current, Score=episode_reward)
        truth.allow(Eps=eps)
    truth.write("the script's per-episode scattering means, reward sums and epsilon",
                libraries=("torch", "numpy", "tqdm"), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"tscsddqn": run}, root=HELDOUT46)
