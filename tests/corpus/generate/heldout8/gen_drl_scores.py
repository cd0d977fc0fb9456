"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

A hand-written policy-gradient loop in the style of the widely copied deep-RL course notebooks
(Udacity's ``dqn``/``reinforce`` exercises): REINFORCE on gymnasium's CartPole-v1, a small
PyTorch policy, and the score over the last 100 episodes printed after every episode with
``print('\\rEpisode {}\\tAverage Score: {:.2f}'.format(...), end="")`` (redrawn in place), kept
with a newline every 50 episodes; first the hyperparameters, one ``name: value`` per line; at
the end a greedy evaluation of the learnt policy and its mean return.

Truth: the loop's own numbers, from the environment's rewards: the mean of the last (up to)
100 episode returns after each episode (``Average Score``) at the episode number the line
states; the every-50 line prints the same state again (a redraw, once: the README's "one report
per state"). The evaluation's mean
and standard deviation of ten greedy returns: ``mean return`` a point, its spread optional.
The hyperparameters are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def run() -> None:
    from collections import deque

    import gymnasium as gym
    import numpy as np
    import torch
    from torch import nn

    hp = {"env_id": "CartPole-v1", "n_episodes": 200, "max_t": 500, "gamma": 0.99,
          "lr": 0.01, "hidden": 16, "print_every": 50, "seed": 0}
    for key, value in hp.items():
        print(f"{key}: {value}")
    print(flush=True)
    truth = Truth()
    torch.manual_seed(hp["seed"])
    env = gym.make(hp["env_id"])
    policy = nn.Sequential(nn.Linear(4, hp["hidden"]), nn.ReLU(), nn.Linear(hp["hidden"], 2),
                           nn.Softmax(dim=-1))
    optimizer = torch.optim.Adam(policy.parameters(), lr=hp["lr"])

    scores_deque = deque(maxlen=100)
    state, _ = env.reset(seed=hp["seed"])
    for i_episode in range(1, hp["n_episodes"] + 1):
        if i_episode > 1:
            state, _ = env.reset()
        log_probs, rewards = [], []
        for _ in range(hp["max_t"]):
            probs = policy(torch.from_numpy(state).float())
            dist = torch.distributions.Categorical(probs)
            action = dist.sample()
            log_probs.append(dist.log_prob(action))
            state, reward, terminated, truncated, _ = env.step(action.item())
            rewards.append(reward)
            if terminated or truncated:
                break
        scores_deque.append(sum(rewards))
        returns, g = [], 0.0
        for r in reversed(rewards):
            g = r + hp["gamma"] * g
            returns.insert(0, g)
        returns = torch.tensor(returns)
        returns = (returns - returns.mean()) / (returns.std() + 1e-8) if len(returns) > 1 \
            else returns
        loss = -(torch.stack(log_probs) * returns).sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        avg = float(np.mean(scores_deque))
        print("\rEpisode {}\tAverage Score: {:.2f}".format(i_episode, avg), end="", flush=True)
        truth.add(i_episode, **{"Average Score": avg})
        if i_episode % hp["print_every"] == 0:
            print("\rEpisode {}\tAverage Score: {:.2f}".format(i_episode, avg), flush=True)
    print()
    returns = []
    for k in range(10):
        state, _ = env.reset(seed=1000 + k)
        total, done = 0.0, False
        while not done:
            with torch.no_grad():
                action = int(policy(torch.from_numpy(state).float()).argmax())
            state, reward, terminated, truncated, _ = env.step(action)
            total += reward
            done = terminated or truncated
        returns.append(total)
    env.close()
    print("Greedy evaluation over 10 episodes: mean return {:.1f} +/- {:.1f}".format(
        np.mean(returns), np.std(returns)), flush=True)
    truth.add(**{"mean return": float(np.mean(returns))})
    truth.allow(**{"mean return_std": float(np.std(returns))})
    truth.write("the loop's numbers from gymnasium's rewards: the mean of the last 100 episode "
                "returns after each episode at the episode (the every-50 line redraws the same state: once); the "
                "greedy evaluation's mean return (its std optional); hyperparameters = params",
                libraries=("torch", "gymnasium"), params=hp,
                rel=1e-6, abs_tol=5.1e-2)  # 2 decimals, the evaluation 1 decimal


if __name__ == "__main__":
    main(__file__, {"drl-scores": run}, root=HELDOUT8)
