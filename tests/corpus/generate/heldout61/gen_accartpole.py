"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A one-step actor-critic loop printing as 222isamu222/Actor-Critic ``actor_critic.py`` (a DeZero
exercise): every 100th episode ``"episode : {}, total reward : {:.1f}".format(episode,
total_reward)``, nothing else. Here: PyTorch policy and value networks on a NumPy cart-pole,
300 episodes, a line every 10th.

Truth: ``total reward`` at the printed episode (``episode`` leads the line as its step).
"""

from _toy import CartPole
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(22)
    np.random.seed(22)
    env = CartPole(seed=22)
    pi = nn.Sequential(nn.Linear(4, 128), nn.ReLU(), nn.Linear(128, 2))
    v = nn.Sequential(nn.Linear(4, 128), nn.ReLU(), nn.Linear(128, 1))
    opt_pi = torch.optim.Adam(pi.parameters(), lr=0.002)
    opt_v = torch.optim.Adam(v.parameters(), lr=0.005)
    gamma = 0.98
    truth = Truth()
    for episode in range(300):
        state = env.reset()
        done = False
        total_reward = 0
        while not done:
            s = torch.from_numpy(state)[None]
            probs = F.softmax(pi(s), 1)[0]
            p = probs.detach().numpy().astype("float64")
            action = np.random.choice(2, p=p / p.sum())
            next_state, reward, done = env.step(action)
            with torch.no_grad():
                target = reward + gamma * v(torch.from_numpy(next_state)[None]) * (1 - done)
            value = v(s)
            loss_v = F.mse_loss(value, target)
            delta = (target - value).detach()
            loss_pi = (-torch.log(probs[action]) * delta).sum()
            opt_v.zero_grad()
            opt_pi.zero_grad()
            loss_v.backward()
            loss_pi.backward()
            opt_v.step()
            opt_pi.step()
            state = next_state
            total_reward += reward
        if episode % 10 == 0:
            print("episode : {}, total reward : {:.1f}".format(episode, total_reward))
            truth.add(at=episode, **{"total reward": total_reward})
    truth.write("the loop's episode rewards", libraries=("torch", "numpy"), rel=1e-3,
                abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"accartpole": run}, root=HELDOUT61)
