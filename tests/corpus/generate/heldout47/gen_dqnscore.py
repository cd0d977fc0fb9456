"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as ohkwon1/Reinforcement_learning ``cartpole_dqn.py``: each
episode ``f"Episode {episode+1}, Score: {score}, Epsilon: {dqn_agent.epsilon}"`` (the epsilon
as a full Python float), and ``Reached target score of 500 in episode ...!`` if reached (not
here). Here: our NumPy cart-pole (200-step cap, no rendering), the same 24-24 network, one replay
batch of 64 and a target sync after each episode, 40 episodes.

Truth: ``Score`` at the printed episode (1-based). ``Epsilon`` is a setting, no metric.
"""

from _toy import CartPole
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    random.seed(31)
    torch.manual_seed(31)
    env = CartPole(seed=31)
    make = lambda: nn.Sequential(nn.Linear(4, 24), nn.ReLU(), nn.Linear(24, 24), nn.ReLU(),
                                 nn.Linear(24, 2))
    model, target = make(), make()
    target.load_state_dict(model.state_dict())
    opt = torch.optim.Adam(model.parameters(), lr=0.001)
    memory, epsilon, truth = [], 1.0, Truth()
    for episode in range(40):
        state, score = env.reset(), 0
        for t in range(5000):
            if random.random() < epsilon:
                action = random.choice(range(2))
            else:
                with torch.no_grad():
                    action = model(torch.tensor(state)).argmax().item()
            next_state, reward, done = env.step(action)
            memory.append((state, action, reward, next_state, done))
            state = next_state
            score += reward
            if done:
                break
        if len(memory) >= 64:
            batch = random.sample(memory, 64)
            s, a, r, s2, d = zip(*batch)
            s, s2 = torch.tensor(np.array(s)), torch.tensor(np.array(s2))
            a = torch.tensor(a, dtype=torch.int64)
            r, d = torch.tensor(r, dtype=torch.float32), torch.tensor(d, dtype=torch.float32)
            q_next = target(s2).max(1)[0].detach()
            q_t = r + 0.99 * q_next * (1 - d)
            q_exp = model(s).gather(1, a.unsqueeze(1))
            loss = F.mse_loss(q_exp, q_t.unsqueeze(1))
            opt.zero_grad()
            loss.backward()
            opt.step()
        target.load_state_dict(model.state_dict())
        epsilon = max(0.01, epsilon * 0.995)
        print(f"Episode {episode+1}, Score: {score}, Epsilon: {epsilon}")
        truth.add(at=episode + 1, Score=score)
        if score >= 500:
            print(f"Reached target score of 500 in episode {episode+1}!")
            break
    truth.write("the script's episode scores", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dqnscore": run}, root=HELDOUT47)
