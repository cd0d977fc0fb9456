"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written REINFORCE loop printing as qelloman/rl_algorithms ``reinforce_cartpole.py``: every
``eval_period`` episodes ``eval`` runs 10 greedy episodes and prints ``"Episode reward =
{}".format(avg_reward)`` (a bare Python float, no step); ``Get a reward at {}`` would print for a
one-step episode (it never does here). Here: our NumPy cart-pole with a 200-step cap (for
gym's CartPole-v1), the same 16-unit policy network, Adam 3e-3, 300 episodes, evaluation every
20 episodes.

Truth: ``Episode reward`` (the mean greedy return of each evaluation), no step: the line prints
none (the label's ``Episode`` is no counter here).
"""

from _toy import CartPole
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(1)
    env = CartPole(seed=1)
    net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(),
                        nn.Linear(16, 2), nn.Softmax(dim=-1))
    optim = torch.optim.Adam(net.parameters(), lr=3e-3)
    truth = Truth()

    def evaluate():
        rewards = []
        for _ in range(10):
            obs, done, ep_reward = env.reset(), False, 0.0
            while not done:
                with torch.no_grad():
                    action = torch.argmax(net(torch.tensor(obs))).item()
                obs, rew, done = env.step(action)
                ep_reward += rew
            rewards.append(ep_reward)
        avg_reward = sum(rewards) / 10
        print("Episode reward = {}".format(avg_reward))
        truth.add(**{"Episode reward": avg_reward})

    for i_episode in range(300):
        obs, done, ep_reward = env.reset(), False, 0.0
        states, actions, rewards = [], [], []
        while not done:
            with torch.no_grad():
                action = torch.distributions.Categorical(net(torch.tensor(obs))).sample().item()
            states.append(obs)
            actions.append(action)
            obs, rew, done = env.step(action)
            rewards.append(rew)
            ep_reward += rew
        if ep_reward == 1:
            print("Get a reward at {}".format(i_episode))
        ret, rets = 0.0, []
        for r in rewards[::-1]:
            ret = r + 0.99 * ret
            rets.append(ret)
        rets.reverse()
        prob = net(torch.tensor(states))
        logp = torch.log(prob + 1e-8).gather(1, torch.tensor(actions).view(-1, 1))
        loss = -torch.sum(logp * torch.tensor(rets).view(-1, 1))
        optim.zero_grad()
        loss.backward()
        optim.step()
        if i_episode % 20 == 0:
            evaluate()
    truth.write("the script's evaluation means", libraries=("torch",), rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"reinforce": run}, root=HELDOUT47)
