"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written DQN printing as srivatsansoma/RL-COMP-Saasthra-25-26 ``agent.py``: after each
episode (the script calls them epochs) ``print(f"epoch {epoch+1}/{epochs},completed —
steps={len(states)}, total_reward={cum_reqard:.2f}")`` and after the test run ``print(f"testing
completed — steps={len(states)}")``. Here: our re-implemented cart-pole (no gym), an MLP
Q-network with a target network, epsilon decaying per update, 40 episodes.

Truth: ``total_reward`` at the printed epoch; ``steps`` (a count) is optional.
"""

from _toy import CartPole
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(7)
    random.seed(7)
    np.random.seed(7)
    env = CartPole(seed=7)
    model = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 2))
    target = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 2))
    target.load_state_dict(model.state_dict())
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    memory = deque(maxlen=5000)
    epsilon, epsilon_decay, min_epsilon, gamma, batch_size = 1.0, 0.995, 0.05, 0.99, 32
    epochs, steps_total = 40, 0
    truth = Truth()
    for epoch in range(epochs):
        state = env.reset()
        states, cum_reqard, running = [], 0.0, True
        while running:
            states.append(state)
            if np.random.rand() < epsilon:
                action = int(np.random.randint(2))
            else:
                with torch.no_grad():
                    action = model(torch.tensor(state, dtype=torch.float32)[None]).argmax().item()
            next_state, reward, terminated, truncated = env.step(action)
            cum_reqard += reward
            memory.append((state, action, reward, next_state, terminated))
            steps_total += 1
            running = not (terminated or truncated)
            state = next_state
            if len(memory) > batch_size:
                s, a, r, s2, d = zip(*random.sample(memory, batch_size))
                s = torch.tensor(np.array(s), dtype=torch.float32)
                s2 = torch.tensor(np.array(s2), dtype=torch.float32)
                a = torch.tensor(a)[:, None]
                r = torch.tensor(r, dtype=torch.float32)[:, None]
                d = torch.tensor(d, dtype=torch.float32)[:, None]
                q = model(s).gather(1, a)
                q_t = r + gamma * target(s2).max(1)[0].detach()[:, None] * (1 - d)
                loss = torch.nn.functional.mse_loss(q, q_t)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                epsilon = max(min_epsilon, epsilon * epsilon_decay)
            if steps_total % 100 == 0:
                target.load_state_dict(model.state_dict())
        print(f"epoch {epoch+1}/{epochs},completed — steps={len(states)}, "
              f"total_reward={cum_reqard:.2f}")
        truth.add(at=epoch + 1, total_reward=cum_reqard)
        truth.allow(steps=len(states))
    state, states, running = env.reset(), [], True
    while running:
        with torch.no_grad():
            action = model(torch.tensor(state, dtype=torch.float32)[None]).argmax().item()
        state, _, terminated, truncated = env.step(action)
        running = not (terminated or truncated)
        states.append(state)
    print(f"testing completed — steps={len(states)}")
    truth.allow(steps=len(states))
    truth.write("the script's episode returns", libraries=("torch",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"srivatsan": run}, root=HELDOUT43)
