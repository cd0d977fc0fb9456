"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as youngklee/rl-misc ``cartpole_dqn.py`` with its training
branch on: a plain ``tqdm.tqdm(range(episodes))`` bar over the training episodes (no
description, no postfix), ``Saving trained model``, then a second plain bar over the evaluation
episodes with ``print("episode : {}, reward : {}".format(i, rew))`` inside its loop. Here: our
NumPy cart-pole (200-step cap), the same 64-unit tanh network and sync/replay settings, 150
training episodes, 6 evaluation episodes (the original runs 2) without rendering or sleeps.

Truth: ``reward`` at the printed ``episode`` (0-based). The bars show only counts, rates and
times: no metrics.
"""

from _toy import CartPole
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import copy
    import random
    from collections import deque

    import numpy as np
    import torch
    import tqdm

    random.seed(1423)
    torch.manual_seed(1423)
    env = CartPole(seed=1423)
    q_net = torch.nn.Sequential(torch.nn.Linear(4, 64), torch.nn.Tanh(), torch.nn.Linear(64, 2))
    target_net = copy.deepcopy(q_net)
    opt = torch.optim.Adam(q_net.parameters(), lr=1e-3)
    replay = deque(maxlen=256)
    sync_counter, gamma = 0, 0.95
    truth = Truth()

    def get_action(state, epsilon):
        with torch.no_grad():
            A = int(torch.argmax(q_net(torch.from_numpy(state))))
        return A if torch.rand(1).item() > epsilon else int(torch.randint(0, 2, (1,)))

    def train(batch_size):
        nonlocal sync_counter
        sample = random.sample(replay, min(batch_size, len(replay)))
        s = torch.tensor(np.array([e[0] for e in sample]))
        a = torch.tensor([e[1] for e in sample])
        rn = torch.tensor([e[2] for e in sample], dtype=torch.float32)
        sn = torch.tensor(np.array([e[3] for e in sample]))
        if sync_counter == 5:
            target_net.load_state_dict(q_net.state_dict())
            sync_counter = 0
        pred = q_net(s).max(1).values
        with torch.no_grad():
            target = rn + gamma * target_net(sn).max(1).values
        loss = torch.nn.functional.mse_loss(pred, target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sync_counter += 1

    index = 0
    for _ in range(256):
        obs, done = env.reset(), False
        while not done:
            A = get_action(obs, 1)
            obs_next, reward, done = env.step(A)
            replay.append([obs, A, reward, obs_next])
            obs = obs_next
            index += 1
            if index > 256:
                break
        if index > 256:
            break
    index, epsilon = 128, 1.0
    for i in tqdm.tqdm(range(150)):
        obs, done = env.reset(), False
        while not done:
            A = get_action(obs, epsilon)
            obs_next, reward, done = env.step(A)
            replay.append([obs, A, reward, obs_next])
            obs = obs_next
            index += 1
            if index > 128:
                index = 0
                for _ in range(4):
                    train(16)
        if epsilon > 0.05:
            epsilon -= 1 / 150
    print("Saving trained model")
    for i in tqdm.tqdm(range(6)):
        obs, done, rew = env.reset(), False, 0
        while not done:
            A = get_action(obs, 0)
            obs, reward, done = env.step(A)
            rew += reward
        print("episode : {}, reward : {}".format(i, rew))
        truth.add(at=i, reward=rew)
    truth.write("the script's evaluation returns", libraries=("torch", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dqneval": run}, root=HELDOUT47)
