"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A hand-written actor-critic loop printing as Abhipanda4/Policy-Gradients ``A2C/train.py``: every
LOG_STEPS episodes ``"Completed [%6d] simulations... Running reward: [%.5f]"`` with the number of
episodes so far and the running reward (0.9 * old + 0.1 * episode length, the first episode's
length at first). Here: the same actor and critic (two small MLPs, Adam at 1e-3 and 8e-3 where the
script has 1e-4 and 8e-4, gamma 0.99, a reward of -5 on the last step) on a NumPy re-implementation of cart-pole, 500 episodes,
a line every 20.

Truth: ``Running reward`` at the printed episode count.
"""

from _toy import CartPole
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from torch.distributions import Categorical

    torch.manual_seed(5)
    actor = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2), nn.Softmax(dim=-1))
    critic = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 1))
    actor_optimizer = optim.Adam(actor.parameters(), lr=1e-3)
    critic_optimizer = optim.Adam(critic.parameters(), lr=8e-3)
    env = CartPole(seed=5)
    GAMMA, N_EPISODES, LOG_STEPS = 0.99, 500, 20

    def select_action(S):
        m = Categorical(actor(S))
        A = m.sample()
        return A.item(), m.log_prob(A)

    def train_one_episode():
        is_done = False
        S = env.reset()
        rewards, state_vals, log_probs = [], [], []
        while not is_done:
            S = torch.FloatTensor(S).unsqueeze(0)
            state_vals.append(critic(S))
            A, L = select_action(S)
            S, R, is_done, _ = env.step(A)
            if is_done:
                R = -5
            rewards.append(R)
            log_probs.append(L)
        R = 0
        actor_loss = 0
        critic_loss = 0
        for i in reversed(range(len(rewards))):
            R = R + rewards[i] * GAMMA
            advantage = R - state_vals[i]
            actor_loss += -advantage.detach() * log_probs[i]
            critic_loss += advantage ** 2
        actor_optimizer.zero_grad()
        critic_optimizer.zero_grad()
        actor_loss.sum().backward()
        critic_loss.sum().backward()
        actor_optimizer.step()
        critic_optimizer.step()
        return len(rewards)

    truth = Truth()
    running_reward = 0
    for i in range(N_EPISODES):
        R = train_one_episode()
        if running_reward != 0:
            running_reward = 0.9 * running_reward + 0.1 * R
        else:
            running_reward = R
        if (i + 1) % LOG_STEPS == 0:
            print("Completed [%6d] simulations... Running reward: [%.5f]" % (i + 1, running_reward))
            truth.add(at=i + 1, **{"Running reward": running_reward})
    truth.write("the script's running reward", libraries=("torch",), rel=1e-6, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"abhia2c": run}, root=HELDOUT60)
