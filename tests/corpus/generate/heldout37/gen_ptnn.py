"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A reinforcement-learning loop printing through nik3348/ptnn ``ptnn/utils/logger.py``:
``update_loading_bar`` draws ``[=====-----] 12/40 (30%)`` with ``end='\\r'`` while an episode
runs, and ``reward_metric`` prints ``Episode: 3/20, Reward: 17.0`` (the reward unformatted)
after it. Here: tabular Q-learning on a re-implemented 5x5 grid world (reward -1 per move, +10
at the goal, 40 steps at most), epsilon-greedy, 20 episodes, the loading bar drawn every 4th
step of an episode.

Truth: the episode's total reward, ``Reward``, at the printed episode (``Episode: 3/20``: the
episode number); the loading bar's counts are no metrics.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np

    def update_loading_bar(progress, total, bar_length=40):
        percent = progress / total
        filled_length = int(bar_length * percent)
        bar = '=' * filled_length + '-' * (bar_length - filled_length)
        print(f'[{bar}] {progress}/{total} ({int(percent * 100)}%)', end='\r')

    def reward_metric(episode, episodes, episode_reward):
        print(f"Episode: {episode + 1}/{episodes}, Reward: {episode_reward}")

    rng = np.random.default_rng(13)
    Q = np.zeros((25, 4))
    moves = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    truth = Truth()
    episodes, max_steps = 20, 40
    for episode in range(episodes):
        r, c = 0, 0
        episode_reward = 0.0
        eps = max(0.05, 0.9 * 0.85 ** episode)
        for step in range(max_steps):
            s = r * 5 + c
            a = int(rng.integers(4)) if rng.random() < eps else int(np.argmax(Q[s]))
            r = min(4, max(0, r + moves[a][0]))
            c = min(4, max(0, c + moves[a][1]))
            done = (r, c) == (4, 4)
            reward = 10.0 if done else -1.0
            s2 = r * 5 + c
            Q[s, a] += 0.5 * (reward + 0.95 * (0 if done else Q[s2].max()) - Q[s, a])
            episode_reward += reward
            if step % 4 == 0:
                update_loading_bar(step + 1, max_steps)
            if done:
                break
        reward_metric(episode, episodes, episode_reward)
        truth.add(at=episode + 1, Reward=episode_reward)
    truth.write("the script's total reward of each episode", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"ptnn": run}, root=HELDOUT37)
