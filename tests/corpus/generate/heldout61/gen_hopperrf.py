"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

REINFORCE printing as 305909/gym-hopper ``reinforce.py``: dashed banners around the
environment echo (``Training Environment: ...``, ``Action Space:``, ``State Space:``, ``Dynamics
Parameters:`` with an array), ``Model to Train: None``, ``Training Session: 1``, then from its
evaluation callback every Y-th episode ``f'Training Episode: {num_episodes} | Test Episodes:
{self.test_episodes} | Avg. Reward: {er.mean():.2f} +/- {er.std():.2f}'``, after the sessions
``f'Training Time: {mean:.2f} +/- {std:.2f}'``, and the test block ``f'Test Episodes:
{num_episodes} | Avg. Reward: {er.mean():.2f} +/- {er.std():.2f}'``. Here: a PyTorch policy on a
NumPy cart-pole with its pole length as the "dynamics parameter", two training sessions of 120
episodes, evaluation every 5th episode over 5 test episodes, a line every 10th.

Truth: ``train/Avg. Reward`` at the printed training episode (the line is led by ``Training
Episode``), its spread ``train/Avg. Reward_std`` optional; ``test/Avg. Reward`` (and
``test/Avg. Reward_std`` optional) from the test block. ``Test Episodes`` is a count and
``Training Time`` a timing: in neither.
"""

from _toy import CartPole
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from torch.distributions import Categorical

    X, Y, test_episodes = 5, 10, 5
    truth = Truth()
    bar = "---------------------------------------------"

    def evaluate(policy, env, n):
        rewards = []
        for _ in range(n):
            s, done, total = env.reset(), False, 0.0
            while not done:
                with torch.no_grad():
                    a = int(policy(torch.from_numpy(s)).argmax())
                s, r, done = env.step(a)
                total += r
            rewards.append(total)
        return np.array(rewards)

    for name in ("source", "target"):
        env = CartPole(seed=1)
        print(bar)
        print(f'{"Training" if name == "source" else "Testing"} Environment: CustomCartPole-{name}-v0')
        print(bar)
        print('Action Space:', 'Discrete(2)')
        print('State Space:', 'Box(-inf, inf, (4,), float32)')
        print('Dynamics Parameters:', np.array([1.0, 0.1, 0.5 if name == "source" else 0.6]))
        print(bar)
    print(bar)
    print('Model to Train:', None)
    print(bar)

    times, policies = [], []
    for session in range(2):
        print(bar)
        print('Training Session:', session + 1)
        print(bar)
        torch.manual_seed(30 + session)
        env, test_env = CartPole(seed=40 + session), CartPole(seed=50 + session)
        policy = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 2))
        opt = torch.optim.Adam(policy.parameters(), lr=0.01)
        start = time.time()
        for num_episodes in range(1, 121):
            s, done, logps, rewards = env.reset(), False, [], []
            while not done:
                dist = Categorical(logits=policy(torch.from_numpy(s)))
                a = dist.sample()
                logps.append(dist.log_prob(a))
                s, r, done = env.step(int(a))
                rewards.append(r)
            R, returns = 0.0, []
            for r in reversed(rewards):
                R = r + 0.99 * R
                returns.insert(0, R)
            returns = torch.tensor(returns)
            loss = -(torch.stack(logps) * returns).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            if num_episodes % X == 0:
                er = evaluate(policy, test_env, test_episodes)
                if num_episodes % Y == 0:
                    print(f'Training Episode: {num_episodes} | Test Episodes: {test_episodes} | Avg. Reward: {er.mean():.2f} +/- {er.std():.2f}')
                    truth.add(at=num_episodes, **{"train/Avg. Reward": er.mean()})
                    truth.allow(**{"train/Avg. Reward_std": er.std()})
        times.append(time.time() - start)
        policies.append(policy)
    print(bar)
    print(f'Training Time: {np.mean(times):.2f} +/- {np.std(times):.2f}')
    print(bar)

    print(bar)
    print('Testing Environment: CustomCartPole-target-v0')
    print(bar)
    print('Action Space:', 'Discrete(2)')
    print('State Space:', 'Box(-inf, inf, (4,), float32)')
    print('Dynamics Parameters:', np.array([1.0, 0.1, 0.6]))
    print(bar)
    print(bar)
    print('Model to Test:', 'results/RF-vanilla-(source to target).mdl')
    print(bar)
    er = evaluate(policies[-1], CartPole(seed=99), 20)
    print(bar)
    print(f'Test Episodes: {20} | Avg. Reward: {er.mean():.2f} +/- {er.std():.2f}')
    print(bar)
    truth.add(**{"test/Avg. Reward": er.mean()})
    truth.allow(**{"test/Avg. Reward_std": er.std()})
    truth.write("the callback's and the test's mean rewards over test episodes",
                libraries=("torch", "numpy"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"hopperrf": run}, root=HELDOUT61)
