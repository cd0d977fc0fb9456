"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A DQN printing as choru-k/Reinforcement-Learning-Pytorch-Cartpole ``rainbow/1-dqn/train.py``:
``print('state size:', num_inputs)`` and ``print('action size:', num_actions)``, then every
``log_interval`` episodes ``'{} episode | score: {:.2f} | epsilon: {:.2f}'`` with the running
score (0.99 * old + 0.01 * the episode's score, which is the episode length, -1 for a fall) and
the exploration rate. Here: the same online and target Q-networks, replay memory and schedule
(epsilon falls by 0.00005 a step after the initial exploration) on a NumPy re-implementation of
cart-pole capped at 200 steps; 300 episodes, a line every 10.

Truth: ``score`` at the printed episode; ``epsilon`` is optional; ``state size`` and ``action
size`` are optional (sizes).
"""

from _toy import CartPole
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim

    initial_exploration, batch_size, update_target, log_interval = 500, 32, 100, 10
    gamma, lr, goal_score = 0.99, 1e-3, 400

    class QNet(nn.Module):
        def __init__(self, num_inputs, num_outputs):
            super().__init__()
            self.fc1 = nn.Linear(num_inputs, 64)
            self.fc2 = nn.Linear(64, num_outputs)

        def forward(self, x):
            return self.fc2(F.relu(self.fc1(x)))

        def get_action(self, state):
            return int(self.forward(state).argmax(1).item())

    def train_model(online_net, target_net, optimizer, batch):
        states = torch.cat([b[0] for b in batch])
        next_states = torch.cat([b[1] for b in batch])
        actions = torch.tensor(np.array([b[2] for b in batch]), dtype=torch.float32)
        rewards = torch.tensor([b[3] for b in batch], dtype=torch.float32)
        masks = torch.tensor([b[4] for b in batch], dtype=torch.float32)
        pred = (online_net(states) * actions).sum(1)
        target = rewards + masks * gamma * target_net(next_states).max(1)[0].detach()
        loss = F.mse_loss(pred, target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return loss

    env = CartPole(seed=500)
    random.seed(500)
    np.random.seed(500)
    torch.manual_seed(500)
    num_inputs, num_actions = 4, 2
    print('state size:', num_inputs)
    print('action size:', num_actions)
    truth = Truth()
    truth.allow(**{"state size": num_inputs, "action size": num_actions})
    online_net = QNet(num_inputs, num_actions)
    target_net = QNet(num_inputs, num_actions)
    target_net.load_state_dict(online_net.state_dict())
    optimizer = optim.Adam(online_net.parameters(), lr=lr)
    memory = []
    running_score = 0
    epsilon = 1.0
    steps = 0
    for e in range(300):
        done = False
        score = 0
        state = torch.Tensor(env.reset()).unsqueeze(0)
        while not done:
            steps += 1
            if np.random.rand() <= epsilon:
                action = int(np.random.randint(2))
            else:
                action = target_net.get_action(state)
            next_state, reward, done, _ = env.step(action)
            next_state = torch.Tensor(next_state).unsqueeze(0)
            mask = 0 if done else 1
            reward = reward if not done or score == 199 else -1
            action_one_hot = np.zeros(2)
            action_one_hot[action] = 1
            memory.append((state, next_state, action_one_hot, reward, mask))
            memory = memory[-10000:]
            score += reward
            state = next_state
            if steps > initial_exploration:
                epsilon -= 0.00005
                epsilon = max(epsilon, 0.1)
                train_model(online_net, target_net, optimizer, random.sample(memory, batch_size))
                if steps % update_target == 0:
                    target_net.load_state_dict(online_net.state_dict())
        score = score if score == 200.0 else score + 1
        running_score = 0.99 * running_score + 0.01 * score
        if e % log_interval == 0:
            print('{} episode | score: {:.2f} | epsilon: {:.2f}'.format(e, running_score, epsilon))
            truth.add(at=e, score=running_score)
            truth.allow(epsilon=epsilon)
        if running_score > goal_score:
            break
    truth.write("the script's running score", libraries=("torch",), rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"chorudqn": run}, root=HELDOUT60)
