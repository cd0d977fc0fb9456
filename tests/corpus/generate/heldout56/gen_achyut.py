"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

Tabular TD control printing as AchyutPandey/CliffWalking ``q_learning.py``: each episode
``print("Episodes: ", episode, "NumEpisodes: ", episode_len, "Total Reward: ", total_reward)``
(print's own separators: two spaces after each colon), then ``Training complete. pickle table
dumped...``. Here: the script's update (the next action greedy, exploration 0.1 with its
``randint(low=1, high=4)`` that never explores action 0) on a re-implemented CliffWalking-v0
(no gym), 30 episodes (the script: 500); no pickle is written.

Truth: ``Total Reward`` at the printed episode. ``NumEpisodes`` (the episode's length) is
optional.
"""

from _toy import CliffWalking
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(14)
    cliffEnv = CliffWalking()
    q_table = np.zeros(shape=(48, 4))

    def policy(state, explore=0.0):
        next_action = int(np.argmax(q_table[state]))
        if np.random.random() <= explore:
            next_action = int(np.random.randint(low=1, high=4, size=1)[0])
        return next_action

    EPSILON, ALPHA, GAMMA, EPISODES = 0.1, 0.1, 0.9, 30
    truth = Truth()
    for episode in range(EPISODES):
        state = cliffEnv.reset()
        action = policy(state, EPSILON)
        done = False
        total_reward = 0
        episode_len = 0
        while not done:
            next_state, reward, done, _ = cliffEnv.step(action)
            next_action = policy(next_state)
            q_table[state][action] += ALPHA * (reward + GAMMA * q_table[next_state][next_action]
                                               - q_table[state][action])
            state = next_state
            action = next_action
            total_reward += reward
            episode_len += 1
        print("Episodes: ", episode, "NumEpisodes: ", episode_len, "Total Reward: ", total_reward)
        truth.add(at=episode, **{"Total Reward": total_reward})
        truth.allow(NumEpisodes=episode_len)
    print("Training complete. pickle table dumped...")
    truth.write("the script's episode returns", libraries=("numpy",), rel=0.0, abs_tol=0.5)


if __name__ == "__main__":
    main(__file__, {"achyut": run}, root=HELDOUT56)
