"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A DQN loop printing as Aetente/lunar_lander ``dqn.py``: the config echo ``number of actions
18``, ``eps_start 1.0``, ``learning rate 0.001`` (print with two arguments), then each episode
``'\\rEpisode {}\\tAverage Score: {:.2f}, Last reward: {}, Net fixes {}, eps: {}'`` with
``end=""`` (each episode overwrites the last on a terminal; every 100th gets a newline), and,
at episode ``n_episodes - 1``, ``'\\nEnvironment aaaaaaaaaaaa {:d} episodes!\\tAverage Score:
{:.2f}'`` (the episode minus 100) before it stops. Here: the script's 18 discrete thrust
actions on a re-implemented one-dimensional lander (no gym), ``train(n_episodes=24)``, a net
fix every 4th sample as in the script.

Truth: ``Average Score`` at the printed episode (and once more, with no step, on the final
line); ``Last reward`` (the episode's last reward, an unformatted float) at the printed
episode. ``eps`` (the exploration rate) is optional; ``Net fixes`` is a count; the three echoed
settings are params.
"""

from _toy import DQNAgent, Lander1D
from _capture import HELDOUT56, Truth, main


def run() -> None:
    from collections import deque
    import numpy as np

    possible_actions = [[0, 0], [0.1, 0], [0.2, 0], [0.3, 0], [0.5, 0], [0.6, 0], [0.7, 0],
                        [0.8, 0], [0.9, 0], [1, 0], [0, -0.6], [0, -0.7], [0, -0.8], [0, -0.9],
                        [0, 0.6], [0, 0.7], [0, 0.8], [0, 0.9]]
    truth = Truth()

    def train(n_episodes=3000, max_t=1000, eps_start=1.0, eps_end=0.015, eps_decay=0.99, lr=0.001):
        env = Lander1D(possible_actions, seed=11)
        n_actions = len(possible_actions)
        agent = DQNAgent(state_size=8, action_size=n_actions, seed=11, lr=lr, update_every=4)
        scores = []
        scores_window = deque(maxlen=100)
        eps = eps_start
        net_fixes = 0
        samples = 0
        print("number of actions", n_actions)
        print("eps_start", eps_start)
        print("learning rate", lr)
        for i_episode in range(1, n_episodes + 1):
            state = env.reset()
            score = 0
            for t in range(max_t):
                samples += 1
                action = agent.act(state, eps)
                next_state, reward, done, _ = env.step(possible_actions[action])
                score += reward
                agent.step(state, action, reward, next_state, done)
                if samples % 4 == 0:
                    net_fixes += 1
                state = next_state
                if done:
                    break
            scores_window.append(score)
            scores.append(score)
            eps = max(eps_end, eps_decay * eps)
            mean_score = np.mean(scores_window)
            print('\rEpisode {}\tAverage Score: {:.2f}, Last reward: {}, Net fixes {}, eps: {}'.format(
                i_episode, mean_score, reward, net_fixes, eps), end="")
            truth.add(at=i_episode, **{"Average Score": mean_score, "Last reward": reward})
            truth.allow(eps=eps)
            if i_episode % 100 == 0:
                print('\rEpisode {}\tAverage Score: {:.2f}, Last reward: {}, Net fixes {}, eps: {}'.format(
                    i_episode, mean_score, reward, net_fixes, eps))
            if mean_score >= 200.0:
                print('\nSolved {:d} episodes\tAverage Score: {:.2f}'.format(i_episode - 100, mean_score))
                truth.add(**{"Average Score": mean_score})
                break
            if i_episode >= n_episodes - 1:
                print('\nEnvironment aaaaaaaaaaaa {:d} episodes!\tAverage Score: {:.2f}'.format(
                    i_episode - 100, mean_score))
                truth.add(**{"Average Score": mean_score})
                break
        return scores

    train(n_episodes=24)
    truth.write("the script's running mean score and last reward of each episode",
                libraries=("torch",),
                params={"number of actions": 18, "eps_start": 1.0, "learning rate": 0.001},
                rel=1e-9, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"aetente": run}, root=HELDOUT56)
