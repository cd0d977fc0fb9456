"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as zoq/fu-ml-summer ``cartpole_dqn.py``: each trial
``"Failed to complete in trial: " + str(trial) + " reward: " + str(cur_reward)`` (string
concatenation, the reward a Python float) or ``"Completed in trial: ..."``; the original tests
``reward <= 199.0`` with the last step's reward (always 1.0), so every trial prints ``Failed``.
Here: our NumPy cart-pole (200-step cap, for CartPole-v0), PyTorch 24-24 networks for the Keras
ones, the original's per-step epsilon decay, replay of 20 samples per step (one batched fit for
the original's 20 single fits) and soft target update (tau 0.125), 30 trials (the original:
1000) without rendering.

Truth: ``reward`` at the printed trial (0-based).
"""

from _toy import CartPole
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(18)
    np.random.seed(18)
    torch.manual_seed(18)
    env = CartPole(seed=18)
    make = lambda: nn.Sequential(nn.Linear(4, 24), nn.ReLU(), nn.Linear(24, 24), nn.ReLU(),
                                 nn.Linear(24, 2))
    model, target = make(), make()
    target.load_state_dict(model.state_dict())
    opt = torch.optim.Adam(model.parameters(), lr=0.001)
    memory = deque(maxlen=1000000)
    epsilon, truth = 1.0, Truth()

    def act(state):
        nonlocal epsilon
        epsilon = max(0.01, epsilon * 0.995)
        if np.random.random() < epsilon:
            return random.randrange(2)
        with torch.no_grad():
            return int(model(torch.tensor(state)).argmax())

    def replay():
        if len(memory) < 20:
            return
        s, a, r, s2, d = zip(*random.sample(memory, 20))
        s, s2 = torch.tensor(np.array(s)), torch.tensor(np.array(s2))
        with torch.no_grad():
            tgt = target(s).clone()
            fut = target(s2).max(1).values
        for i in range(20):
            tgt[i, a[i]] = r[i] if d[i] else r[i] + fut[i] * 0.95
        loss = ((model(s) - tgt) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()

    def target_train():
        with torch.no_grad():
            for tp, p in zip(target.parameters(), model.parameters()):
                tp.copy_(p * 0.125 + tp * (1 - 0.125))

    for trial in range(30):
        cur_state, cur_reward = env.reset(), 0
        for step in range(500):
            action = act(cur_state)
            new_state, reward, done = env.step(action)
            cur_reward += reward
            memory.append([cur_state, action, reward, new_state, done])
            replay()
            target_train()
            cur_state = new_state
            if done:
                break
        if reward <= 199.0:
            print("Failed to complete in trial: " + str(trial) + " reward: " + str(cur_reward))
        else:
            print("Completed in trial: " + str(trial) + " reward: " + str(cur_reward))
        truth.add(at=trial, reward=cur_reward)
    truth.write("the script's trial returns", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"cartpoletrial": run}, root=HELDOUT47)
