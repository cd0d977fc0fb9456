"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A DQN with experience replay printing as AndyPJiang/cartpole_DQN ``cartpole.py``: when an episode
ends, ``"Episode {} finished after {} timesteps with reward {}".format(i_episode+1, t+1,
tot_reward)`` (the reward counts the steps before the terminal one, as in the original), and
``Total episodes ran: ... The game solved after ... episodes.`` only if the last 100 scores
average over 195 (not reached here). The original's Keras 24-24 network is a PyTorch one here,
trained on a 20-sample replay batch after every step; a NumPy cart-pole, 30 episodes.

Truth: ``reward`` at the printed episode (1-based); the timestep count is a count (optional).
"""

from _toy import CartPole
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    GAMMA, EPSILON_MAX, EPSILON_DECAY, EPSILON_MIN, BATCH_SIZE, ALPHA, N_EPS = (
        0.95, 1.0, 0.995, 0.01, 20, 0.01, 30)
    random.seed(10)
    torch.manual_seed(10)
    model = nn.Sequential(nn.Linear(4, 24), nn.ReLU(), nn.Linear(24, 24), nn.ReLU(),
                          nn.Linear(24, 2))
    opt = torch.optim.Adam(model.parameters(), lr=ALPHA)
    history = deque(maxlen=100000)
    epsilon = EPSILON_MAX

    def act(state):
        if random.random() <= epsilon:
            return random.randrange(2)
        with torch.no_grad():
            return int(model(torch.tensor(state, dtype=torch.float32)).argmax())

    def experience_replay():
        nonlocal epsilon
        if len(history) < BATCH_SIZE:
            return
        mb = random.sample(history, BATCH_SIZE)
        S = torch.tensor(np.array([m[0] for m in mb]), dtype=torch.float32)
        S2 = torch.tensor(np.array([m[3] for m in mb]), dtype=torch.float32)
        with torch.no_grad():
            y_target = model(S).clone()
            nxt = model(S2).max(1)[0]
        for k, (s, a, r, s2, term) in enumerate(mb):
            y_target[k, a] = r if term else r + GAMMA * nxt[k]
        opt.zero_grad()
        nn.functional.mse_loss(model(S), y_target).backward()
        opt.step()
        if epsilon > EPSILON_MIN:
            epsilon *= EPSILON_DECAY

    env = CartPole(seed=10)
    scores = deque(maxlen=100)
    truth = Truth()
    for i_episode in range(N_EPS):
        state = env.reset()
        t = tot_reward = 0
        while True:
            action = act(state)
            next_state, reward, terminal = env.step(action)
            history.append([state, action, reward, next_state, terminal])
            state = next_state
            if terminal:
                print("Episode {} finished after {} timesteps with reward {}".format(
                    i_episode + 1, t + 1, tot_reward))
                truth.add(at=i_episode + 1, reward=tot_reward)
                truth.allow(timesteps=t + 1)
                break
            experience_replay()
            tot_reward += 1
            t += 1
        scores.append(tot_reward)
        if np.mean(scores) > 195 and len(scores) >= 100:
            print("Total episodes ran: {}. The game solved after {} episodes.".format(
                i_episode, i_episode - 100))
            break
    truth.write("the script's episode rewards", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"cartdqn": run}, root=HELDOUT54)
