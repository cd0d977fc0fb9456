"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

Tabular Q-learning on Taxi printing as rkdwko/Mentoring
``08_Tensorflow/e10_Reforement_Learning/Lab/lab10_taxi_V2.py``: ``env.render()`` once (the
taxi map, the taxi's cell highlighted with ANSI colours), then every 50th episode
``print('Episode {} Total Reward: {}'.format(episode, G))``. The same greedy action
(``np.argmax(Q[state])``) and the same update as the original's active line
(``Q[state, action] = dis * (reward + np.max(Q[state2]))``, ``dis = 0.618``). Here a NumPy
re-make of gym's Taxi (see ``_toy.Taxi``; 200 steps at most), 1000 episodes.

Truth: ``Total Reward`` at the printed episode (0-based, as printed).
"""

from _toy import Taxi
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import numpy as np

    env = Taxi(seed=10)
    Q = np.zeros([env.n_states, env.n_actions])
    G = 0
    dis = 0.618
    env.reset()
    print(env.render())
    truth = Truth()
    for episode in range(1000):
        done = False
        G, reward = 0, 0
        state = env.reset()
        while done != True:
            action = np.argmax(Q[state])
            state2, reward, done = env.step(action)
            Q[state, action] = dis * (reward + np.max(Q[state2]))
            G += reward
            state = state2
        if episode % 50 == 0:
            print('Episode {} Total Reward: {}'.format(episode, G))
            truth.add(at=episode, **{"Total Reward": G})
    truth.write("the episode return G next to each print", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"taxiq": run}, root=HELDOUT55)
