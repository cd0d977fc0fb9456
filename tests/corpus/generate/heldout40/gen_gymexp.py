"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written REINFORCE loop printing as migaelstrydom/openai-gym-experiments
``CartPole-v1/cartpole/rl/training.py`` and ``CartPole-v1/cartpole/policy-gradient.py``: after
each epoch of episodes ``'Average epoch reward: %3f \\tAverage episode len: %3f'`` (six
decimals: the ``3`` is a width), and after training ``print('Final total reward per episode:',
total_reward / total_episodes)`` (print's own space, an unformatted float). Here: the same
policy network and update on a re-implemented CartPole-v0 (``_toy.CartPole``; gym is not
installed), 12 epochs of 10 episodes and 10 final episodes.

Truth: ``Average epoch reward``, ``Average episode len`` (no step: the lines state none) and
``Final total reward per episode``.
"""

from _toy import CartPole
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from torch import nn

    truth = Truth()
    torch.manual_seed(8)
    env = CartPole(seed=8)
    net = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 2))
    for m in net:
        if type(m) == nn.Linear:
            nn.init.xavier_uniform_(m.weight)

    def action(state):
        logits = net(torch.as_tensor(state, dtype=torch.float32))
        return torch.distributions.Categorical(logits=logits).sample().item()

    def run_trajectory():
        done, steps, state = False, [], env.reset()
        while not done:
            a = action(state)
            next_state, reward, done, _ = env.step(a)
            steps.append((state.copy(), a, reward))
            state = next_state
        return steps

    total_epochs, total_episodes = 12, 10
    for epoch in range(total_epochs):
        total_reward, total_len, trajectories = 0.0, 0, []
        for episode in range(total_episodes):
            tr = run_trajectory()
            total_reward += sum(r for _, _, r in tr)
            total_len += len(tr)
            trajectories.append(tr)
        trainer = torch.optim.Adam(net.parameters(), lr=0.01)
        states, actions, returns = [], [], []
        for tr in trajectories:
            ret = sum(r for _, _, r in tr)
            for s, a, _ in tr:
                states.append(s)
                actions.append(a)
                returns.append(ret)
        trainer.zero_grad()
        cats = torch.distributions.Categorical(logits=net(torch.as_tensor(np.array(states), dtype=torch.float32)))
        logp = cats.log_prob(torch.as_tensor(actions, dtype=torch.int32))
        loss = -(logp * torch.as_tensor(returns, dtype=torch.float32)).mean()
        loss.backward()
        trainer.step()
        print('Average epoch reward: %3f \tAverage episode len: %3f' % (total_reward / total_episodes, total_len / total_episodes))
        truth.add(**{"Average epoch reward": total_reward / total_episodes,
                     "Average episode len": total_len / total_episodes})
    total_reward = 0.
    for episode in range(total_episodes):
        total_reward += sum(r for _, _, r in run_trajectory())
    print('Final total reward per episode:', total_reward / total_episodes)
    truth.add(**{"Final total reward per episode": total_reward / total_episodes})
    truth.write("the loop's episode sums", libraries=("torch",), rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"gymexp": run}, root=HELDOUT40)
