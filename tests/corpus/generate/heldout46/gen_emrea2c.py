"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written N-step actor-critic printing as emreyolcu/projects-archive ``rl/pg/a2c.py``:
``logging.basicConfig(format='%(asctime)s %(levelname)s %(message)s', datefmt='%H:%M:%S')``
on stderr, the ``Namespace(...)`` of the arguments, ``Random seed: 1``, the policy's and the
value net's reprs, then the tab-joined lines of its ``line()`` helper: ``Train`` with
``Episode: {:9d}``, ``Loss avg: {:9.2f}``, ``Reward avg: {:9.2f}``, ``Time: {:9.2f}`` every
``report_freq`` episodes, and ``Test`` with ``Reward avg``, ``Reward std``, ``Reward avg
highest`` every ``test_freq`` episodes. Here: our NumPy cart-pole instead of gym's
LunarLander, N=20, episodes capped at 60 steps, 120 training episodes reported every 20,
tested every 40 over 4 episodes.

Truth: ``train/Loss avg`` and ``train/Reward avg`` at the printed episode; ``test/Reward avg``
and ``test/Reward std`` with no step (the test line prints none); ``Reward avg highest`` is the
best test average so far, optional. ``Time`` is no metric. The Namespace is params.
"""

from _toy import CartPole
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import argparse
    import logging
    import random
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from torch.distributions import Categorical

    args = argparse.Namespace(seed=1, log_level='info', env_name='CartPole', discount=0.99,
                              solve_threshold=None, train_episodes=120, report_freq=20,
                              test_freq=40, test_episodes=4, actor_learning_rate=0.003,
                              critic_learning_rate=0.003, N=20, optimizer='Adam',
                              reward_scale=0.01, gpu=False, plot_filename=None)
    logging.basicConfig(format='%(asctime)s %(levelname)s %(message)s', datefmt='%H:%M:%S',
                        level=logging.INFO)
    logging.info(args)

    def line(info):
        pieces = [info['mode'].capitalize()]
        for key, fmt in [('episode', '9d'), ('loss avg', '9.2f'), ('reward', '9.2f'),
                         ('reward avg', '9.2f'), ('reward std', '9.2f'),
                         ('reward avg highest', '9.2f'), ('time', '9.2f')]:
            if key in info:
                pieces.append('{}: {:{fmt}}'.format(key.capitalize(), info[key], fmt=fmt))
        return '\t'.join(pieces)

    logging.info('Random seed: {}'.format(args.seed))
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    env = CartPole(seed=args.seed, max_steps=60)
    policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(True), nn.Linear(16, 16), nn.ReLU(True),
                           nn.Linear(16, 2), nn.Softmax(1))
    logging.info('Policy: {}'.format(policy))
    value = nn.Sequential(nn.Linear(4, 64), nn.ReLU(True), nn.Linear(64, 1))
    logging.info('Value: {}'.format(value))
    actor = torch.optim.Adam(policy.parameters(), lr=args.actor_learning_rate)
    critic = torch.optim.Adam(value.parameters(), lr=args.critic_learning_rate)

    def generate_episode():
        rewards, log_probs, states = [], [], []
        state = env.reset()[None]
        while True:
            dist = Categorical(policy(torch.tensor(state, dtype=torch.float32)))
            action = dist.sample()
            state_next, reward, done = env.step(int(action[0]))
            rewards.append(reward)
            log_probs.append(dist.log_prob(action))
            states.append(state)
            if done:
                break
            state = state_next[None]
        return rewards, log_probs, states

    truth = Truth()
    test_rewards = []
    total_reward = total_loss = total_time = 0
    for i in range(1, args.train_episodes + 1):
        begin = time.time()
        rewards, log_probs, states = generate_episode()
        reward_batch = torch.tensor(rewards)
        log_prob_batch = torch.cat(log_probs)
        value_batch = value(torch.tensor(np.concatenate(states), dtype=torch.float32))
        T, N = len(rewards), args.N
        if N < T:
            R = (args.discount ** N) * torch.cat([value_batch.data[N:, 0], torch.zeros(N)])
        else:
            R = torch.zeros(T)
        r_np, disc = np.array(rewards), args.discount ** np.arange(N)
        partial = torch.tensor([float(np.dot(disc[:min(t + N, T) - t], r_np[t:min(t + N, T)]))
                                for t in range(T)], dtype=torch.float32)
        R = R + args.reward_scale * partial
        actor_loss = -torch.mean((R - value_batch.detach()[:, 0]) * log_prob_batch)
        actor.zero_grad()
        actor_loss.backward()
        actor.step()
        critic_loss = nn.MSELoss()(value_batch[:, 0], R)
        critic.zero_grad()
        critic_loss.backward()
        critic.step()
        total_reward += sum(rewards)
        total_loss += actor_loss.item()
        total_time += time.time() - begin
        if i % args.report_freq == 0:
            reward_avg, loss_avg = total_reward / args.report_freq, total_loss / args.report_freq
            logging.info(line({'mode': 'train', 'episode': i, 'loss avg': loss_avg,
                               'reward avg': reward_avg, 'time': total_time}))
            truth.add(at=i, **{'train/Loss avg': loss_avg, 'train/Reward avg': reward_avg})
            total_reward = total_loss = total_time = 0
        if i % args.test_freq == 0:
            rs = [sum(generate_episode()[0]) for _ in range(args.test_episodes)]
            reward_avg, reward_std = np.mean(rs), np.std(rs)
            test_rewards.append(reward_avg)
            logging.info(line({'mode': 'test', 'reward avg': reward_avg, 'reward std': reward_std,
                               'reward avg highest': max(test_rewards)}))
            truth.add(**{'test/Reward avg': reward_avg, 'test/Reward std': reward_std})
            truth.allow(**{'Reward avg highest': max(test_rewards),
                           'test/Reward avg highest': max(test_rewards)})
    params = {k: v for k, v in vars(args).items()}
    truth.write("the script's report-interval averages and test statistics",
                libraries=("torch", "numpy"), params=params, rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"emrea2c": run}, root=HELDOUT46)
