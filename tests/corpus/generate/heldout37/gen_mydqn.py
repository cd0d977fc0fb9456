"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A deep-Q-learning loop printing as opocaj92/MyDQN ``mydqn/DQN.py`` (Python 2 ``print``
statements, here Python 3 calls with the same text): ``Creating target network and Q-network...``,
``Creating experience replay memory...``, ``Initializing the replay memory...``, ``Start
training...``, ``Copying parameters to target network...`` every ``copy_every`` steps, after
each episode ``Episode 3/25 ended in 17 steps with a total reward of 15.0`` (the step index
``t`` of the last step and the summed reward), then ``Training ended!`` and ``Saving the
networks to a file...``. Here: a linear Q-network in NumPy on a re-implemented pole-balancing
toy (reward 1 per step, 30 steps at most), replay memory, epsilon decaying linearly, 25 episodes.

Truth: ``total reward`` of each episode at the printed episode number (from 0, as printed); the
``ended in N steps`` count is optional (an episode length a tool may keep).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import itertools
    from collections import deque

    import numpy as np

    rng = np.random.default_rng(21)
    print("Creating target network and Q-network...")
    q_w = rng.normal(0, 0.1, (5, 2))
    target_w = q_w.copy()
    print("Creating experience replay memory...")
    memory = deque(maxlen=2000)

    def reset():
        return rng.uniform(-0.05, 0.05, 4)

    def step(s, a):
        x, v, th, om = s
        force = 1.0 if a == 1 else -1.0
        om = om + 0.05 * (9.8 * np.sin(th) - force * np.cos(th))
        th = th + 0.05 * om
        v = v + 0.05 * force
        x = x + 0.05 * v
        s2 = np.array([x, v, th, om])
        return s2, 1.0, bool(abs(th) > 0.3 or abs(x) > 2.0)

    feat = lambda s: np.append(s, 1.0)
    print("Initializing the replay memory...")
    s = reset()
    for _ in range(200):
        a = int(rng.integers(2))
        s2, r, done = step(s, a)
        memory.append((s, a, r, s2, done))
        s = reset() if done else s2
    num_episodes, copy_every, batch_size = 25, 50, 32
    epsilons = np.linspace(1.0, 0.1, 500)
    truth = Truth()
    global_train_step = 0
    print("Start training...")
    for episode in range(num_episodes):
        s = reset()
        total_reward, duration = 0.0, 0
        for t in itertools.count():
            if global_train_step % copy_every == 0:
                print("Copying parameters to target network...")
                target_w = q_w.copy()
            eps = epsilons[min(global_train_step, 499)]
            a = int(rng.integers(2)) if rng.random() < eps else int(np.argmax(feat(s) @ q_w))
            s2, r, done = step(s, a)
            done = done or t >= 29
            duration = t
            total_reward += r
            memory.append((s, a, r, s2, done))
            idx = rng.integers(len(memory), size=batch_size)
            for j in idx:
                bs, ba, br, bs2, bd = memory[j]
                target = br + (0.0 if bd else 0.95 * np.max(feat(bs2) @ target_w))
                err = feat(bs) @ q_w[:, ba] - target
                q_w[:, ba] -= 0.01 * err * feat(bs) / batch_size
            if done:
                break
            s = s2
            global_train_step += 1
        print("Episode {}/{} ended in {} steps with a total reward of {}".format(
            episode, num_episodes, duration, total_reward))
        truth.add(at=episode, **{"total reward": total_reward})
        truth.allow(**{"ended in": duration})
    print("Training ended!")
    print("Saving the networks to a file...")
    truth.write("the script's summed reward of each episode", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"mydqn": run}, root=HELDOUT37)
