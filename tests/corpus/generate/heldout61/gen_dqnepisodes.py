"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A DQN with experience replay printing as 5ivatej/RL ``cartpole.py``: after each episode
``f"Episode {ep+1}, Reward: {total_reward}, Epsilon: {agent.epsilon:.3f}"`` (the reward a float
summed from 1.0 rewards, printed unrounded: ``23.0``), and at the end ``✅ Training finished!``.
Here: the script's network (64-64) and replay rule on a NumPy cart-pole, 45 episodes, a
replay of 32 after every step.

Truth: ``Reward`` at the printed episode; ``Epsilon`` (the exploration schedule) optional.
"""

from _toy import CartPole
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(5)
    np.random.seed(5)
    torch.manual_seed(5)
    env = CartPole(seed=55)
    model = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 2))
    target_model = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 2))
    target_model.load_state_dict(model.state_dict())
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    memory = deque(maxlen=50000)
    gamma, epsilon, epsilon_min, epsilon_decay, batch_size = 0.99, 1.0, 0.01, 0.995, 32
    truth = Truth()
    for ep in range(45):
        state = env.reset()
        total_reward = 0
        done = False
        while not done:
            if np.random.rand() < epsilon:
                action = random.randrange(2)
            else:
                with torch.no_grad():
                    action = torch.argmax(model(torch.FloatTensor(state).unsqueeze(0))).item()
            next_state, reward, done = env.step(action)
            memory.append((state, action, reward, next_state, done))
            state = next_state
            total_reward += reward
            if len(memory) >= batch_size:
                s, a, r, s2, d = zip(*random.sample(memory, batch_size))
                s, s2 = torch.FloatTensor(np.array(s)), torch.FloatTensor(np.array(s2))
                targets = model(s).detach().clone()
                with torch.no_grad():
                    future = target_model(s2).max(1)[0]
                for k in range(batch_size):
                    targets[k, a[k]] = r[k] if d[k] else r[k] + gamma * future[k].item()
                loss = nn.MSELoss()(model(s), targets)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                if epsilon > epsilon_min:
                    epsilon *= epsilon_decay
        if ep % 10 == 0:
            target_model.load_state_dict(model.state_dict())
        print(f"Episode {ep+1}, Reward: {total_reward}, Epsilon: {epsilon:.3f}")
        truth.add(at=ep + 1, Reward=total_reward)
        truth.allow(Epsilon=epsilon)
    print("✅ Training finished!")
    truth.write("the loop's episode rewards", libraries=("torch", "numpy"), rel=1e-6, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"dqnepisodes": run}, root=HELDOUT61)
