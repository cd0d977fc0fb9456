"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A DQN loop printing as AbdurNawaz/Lunar-lander ``dqn.py``: every episode
``print('\\rEpisode {}\\tAverage Score: {:.2f}'.format(i_episode, np.mean(scores_window)))`` (a
carriage return at the start of each line, then print's newline), the same line again every
100th episode, and ``\\nEnvironment solved in {:d} episodes!\\tAverage Score: {:.2f}`` once the
100-episode mean reaches 200. Here: a small DQN on a re-implemented cart-pole (no gym), 36
episodes (the script: up to 2000 on LunarLander-v2), so neither the 100th-episode repeat nor
the "solved" line is reached.

Truth: ``Average Score`` (the mean of the last up to 100 episode scores) at the printed episode.
"""

from _toy import CartPole, DQNAgent
from _capture import HELDOUT56, Truth, main


def run() -> None:
    from collections import deque
    import numpy as np

    env = CartPole(seed=5)
    agent = DQNAgent(state_size=4, action_size=2, seed=5)
    truth = Truth()

    def dqn(n_episodes=36, max_t=1000, eps_start=1.0, eps_end=0.01, eps_decay=0.9):
        scores = []
        scores_window = deque(maxlen=100)
        eps = eps_start
        for i_episode in range(1, n_episodes + 1):
            state = env.reset()
            score = 0
            for t in range(max_t):
                action = agent.act(state, eps)
                next_state, reward, done, _ = env.step(action)
                agent.step(state, action, reward, next_state, done)
                state = next_state
                score += reward
                if done:
                    break
            scores_window.append(score)
            scores.append(score)
            eps = max(eps_end, eps_decay * eps)
            print('\rEpisode {}\tAverage Score: {:.2f}'.format(i_episode, np.mean(scores_window)))
            truth.add(at=i_episode, **{"Average Score": np.mean(scores_window)})
            if i_episode % 100 == 0:
                print('\rEpisode {}\tAverage Score: {:.2f}'.format(i_episode, np.mean(scores_window)))
                truth.add(at=i_episode, **{"Average Score": np.mean(scores_window)})
            if np.mean(scores_window) >= 200.0:
                print('\nEnvironment solved in {:d} episodes!\tAverage Score: {:.2f}'.format(
                    i_episode - 100, np.mean(scores_window)))
                truth.add(**{"Average Score": np.mean(scores_window)})
                break
        return scores

    dqn()
    truth.write("the script's running mean of episode scores", libraries=("torch",),
                rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"abdurnawaz": run}, root=HELDOUT56)
