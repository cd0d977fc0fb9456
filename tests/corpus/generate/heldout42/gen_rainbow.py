"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written training loop printing as Kaixhin/Rainbow ``main.py``: the options block
(``' ' * 26 + 'Options'`` and ``' ' * 26 + k + ': ' + str(v)`` for each argument), a ``trange(1,
args.T_max + 1)`` bar over the training steps (stderr), and at each evaluation the ISO-timestamped
``log('T = ' + str(T) + ' / ' + str(args.T_max) + ' | Avg. reward: ' + str(avg_reward) + ' |
Avg. Q: ' + str(avg_Q))`` (``str`` of Python floats: full precision). Here: a small DQN
(PyTorch MLP, replay memory, target network, epsilon-greedy instead of noisy nets) on a 1-D
corridor of our own; every 1000 steps 10 greedy evaluation episodes give ``Avg. reward`` and the
mean max-Q over a fixed validation memory gives ``Avg. Q``.

Truth: ``Avg. reward`` and ``Avg. Q`` at the step ``T`` the line states. The options are
``params``; the timestamps, ``T_max`` and the bar are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import argparse
    from datetime import datetime

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import trange

    args = argparse.Namespace(id='default', seed=123, game='corridor', T_max=12000,
                              hidden_size=32, memory_capacity=5000, replay_frequency=4,
                              discount=0.9, target_update=400, learning_rate=0.002,
                              batch_size=32, learn_start=500, evaluation_interval=1000,
                              evaluation_episodes=10, evaluation_size=200)
    print(' ' * 26 + 'Options')
    for k, v in vars(args).items():
        print(' ' * 26 + k + ': ' + str(v))

    def log(s):
        print('[' + str(datetime.now().strftime('%Y-%m-%dT%H:%M:%S')) + '] ' + s)

    rng = np.random.default_rng(args.seed)
    torch.manual_seed(args.seed)
    N, MAXLEN = 8, 30

    def obs(p):
        v = np.zeros(N, dtype=np.float32)
        v[p] = 1
        return v

    def step(p, a):
        p = max(0, min(N - 1, p + (1 if a == 1 else -1)))
        done = p == N - 1
        return p, (1.0 if done else -0.05), done

    net = nn.Sequential(nn.Linear(N, args.hidden_size), nn.ReLU(), nn.Linear(args.hidden_size, 2))
    target = nn.Sequential(nn.Linear(N, args.hidden_size), nn.ReLU(),
                           nn.Linear(args.hidden_size, 2))
    target.load_state_dict(net.state_dict())
    opt = torch.optim.Adam(net.parameters(), lr=args.learning_rate)
    mem = []
    val_mem = torch.tensor(np.stack([obs(int(p)) for p in rng.integers(0, N - 1,
                                                                        args.evaluation_size)]))

    def test():
        rewards = []
        for _ in range(args.evaluation_episodes):
            p, total, t = int(rng.integers(0, 3)), 0.0, 0
            while True:
                with torch.no_grad():
                    a = int(net(torch.tensor(obs(p))).argmax())
                p, r, d = step(p, a)
                total += r
                t += 1
                if d or t >= MAXLEN:
                    break
            rewards.append(total)
        with torch.no_grad():
            q = net(val_mem).max(1)[0].mean().item()
        return sum(rewards) / len(rewards), q

    truth = Truth()
    p, t_ep, done = 0, 0, True
    for T in trange(1, args.T_max + 1):
        if done:
            p, t_ep = int(rng.integers(0, 3)), 0
        eps = max(0.05, 1 - T / 4000)
        if rng.random() < eps:
            a = int(rng.integers(0, 2))
        else:
            with torch.no_grad():
                a = int(net(torch.tensor(obs(p))).argmax())
        p2, r, done = step(p, a)
        t_ep += 1
        done = done or t_ep >= MAXLEN
        mem.append((p, a, r, p2, float(p2 == N - 1)))
        mem = mem[-args.memory_capacity:]
        p = p2
        if T >= args.learn_start:
            if T % args.replay_frequency == 0:
                idx = rng.integers(0, len(mem), args.batch_size)
                s, aa, rr, s2, dd = zip(*[mem[i] for i in idx])
                s = torch.tensor(np.stack([obs(x) for x in s]))
                s2 = torch.tensor(np.stack([obs(x) for x in s2]))
                with torch.no_grad():
                    y = torch.tensor(rr) + args.discount * target(s2).max(1)[0] * (
                        1 - torch.tensor(dd))
                qv = net(s).gather(1, torch.tensor(aa).unsqueeze(1)).squeeze(1)
                loss = nn.functional.smooth_l1_loss(qv, y.float())
                opt.zero_grad()
                loss.backward()
                opt.step()
            if T % args.evaluation_interval == 0:
                avg_reward, avg_Q = test()
                log('T = ' + str(T) + ' / ' + str(args.T_max) + ' | Avg. reward: ' +
                    str(avg_reward) + ' | Avg. Q: ' + str(avg_Q))
                truth.add(at=T, **{"Avg. reward": avg_reward, "Avg. Q": avg_Q})
            if T % args.target_update == 0:
                target.load_state_dict(net.state_dict())
    truth.write("the script's evaluation returns and mean max-Q", libraries=("torch", "tqdm"),
                params=vars(args), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"rainbow": run}, root=HELDOUT42)
