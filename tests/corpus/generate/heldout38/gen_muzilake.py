"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

Tabular Q-learning printing as Muzi12345632/Reinforcement_Learning_AI ``epsilon-greedy.py``:
every 1000th training episode the greedy policy plays 100 episodes and the script prints
``'Episode {} average reward: {}'.format(episode, reward_average)`` (an unformatted float), and
``FrozenLake solved`` before stopping once the average passes 0.8. Here: a re-implemented
slippery 4x4 FrozenLake (``_toy.FrozenLake``), the original's update rule kept as written
(``alpha * (reward + gamma * np.max(Q[s1] - Q[s, a]))``), alpha 0.05, epsilon 0.1, up to 20000
episodes.

Truth: ``average reward`` at the printed episode. ``FrozenLake solved`` carries no number.
"""

from _toy import FrozenLake
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import numpy as np

    env = FrozenLake(seed=5)
    rng = np.random.default_rng(5)
    Q = np.zeros([env.observation_n, env.action_n])
    gamma, alpha, epsilon = 0.95, 0.05, 0.1
    truth = Truth()
    for episode in range(1, 20001):
        done = False
        observation = env.reset()
        while not done:
            if rng.random() < epsilon:
                action = env.sample()
            else:
                action = int(np.argmax(Q[observation]))
            observation1, reward, done = env.step(action)
            Q[observation, action] += alpha * (reward + gamma * np.max(Q[observation1] - Q[observation, action]))
            observation = observation1
        if episode % 1000 == 0:
            reward_average = 0.
            for i in range(100):
                observation = env.reset()
                done = False
                while not done:
                    action = int(np.argmax(Q[observation]))
                    observation, reward, done = env.step(action)
                    reward_average += reward
            reward_average = reward_average / 100
            print('Episode {} average reward: {}'.format(episode, reward_average))
            truth.add(at=episode, **{"average reward": reward_average})
            if reward_average > 0.8:
                print('FrozenLake solved')
                break
    truth.write("the script's greedy-policy average rewards", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"muzilake": run}, root=HELDOUT38)
