"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

Tabular Q-learning on a discretised cart-pole printing as Aroopjosy/cartpole_Q_learning
``cartpole.py`` (training mode): ``Q_table initialized``, ``Q_table Shape:  (16, 16, 16, 16, 2)``,
``Q_table: `` and the NumPy array (summarised), then every 100 episodes ``f'Episode: {i}
{rewards}  Epsilon: {epsilon:0.2f}  Mean Rewards {mean_rewards:0.1f}'`` (the episode's reward
unlabelled after the episode number, the mean of the last 100 rewards). The original runs until
the mean passes 1000; here a NumPy cart-pole capped at 500 steps and 2400 episodes, the same
epsilon decay (1e-5 per episode), no pickle or plot.

Truth: ``Mean Rewards`` at the printed episode; the unlabelled episode reward and ``Epsilon``
are optional.
"""

from _toy import CartPole
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np

    env = CartPole(seed=11, max_steps=500)
    pos_space = np.linspace(-2.4, 2.4, 15)
    vel_space = np.linspace(-4, 4, 15)
    ang_space = np.linspace(-.2095, .2095, 15)
    ang_vel_space = np.linspace(-4, 4, 15)
    Q_table = np.zeros((len(pos_space) + 1, len(vel_space) + 1, len(ang_space) + 1,
                        len(ang_vel_space) + 1, 2))
    print("Q_table initialized")
    print("Q_table Shape: ", Q_table.shape)
    print("Q_table: ", Q_table)
    learning_rate_a, discount_factor_g = 0.1, 0.99
    epsilon, epsilon_decay_rate = 1, 0.00001
    rng = np.random.default_rng(11)
    rewards_per_episode = []
    truth = Truth()

    def disc(s):
        return (np.digitize(s[0], pos_space), np.digitize(s[1], vel_space),
                np.digitize(s[2], ang_space), np.digitize(s[3], ang_vel_space))

    for i in range(2401):
        st = disc(env.reset())
        terminated, rewards = False, 0
        while not terminated and rewards < 10000:
            if rng.random() < epsilon:
                action = int(rng.integers(2))
            else:
                action = int(np.argmax(Q_table[st]))
            new_state, reward, terminated = env.step(action)
            ns = disc(new_state)
            Q_table[st + (action,)] += learning_rate_a * (
                reward + discount_factor_g * np.max(Q_table[ns]) - Q_table[st + (action,)])
            st = ns
            rewards += reward
        rewards_per_episode.append(rewards)
        mean_rewards = np.mean(rewards_per_episode[len(rewards_per_episode) - 100:])
        if i % 100 == 0:
            print(f'Episode: {i} {rewards}  Epsilon: {epsilon:0.2f}  Mean Rewards {mean_rewards:0.1f}')
            truth.add(at=i, **{"Mean Rewards": mean_rewards})
            truth.allow(Epsilon=epsilon, rewards=rewards)
        epsilon = max(epsilon - epsilon_decay_rate, 0)
    truth.write("the script's running mean reward", libraries=("numpy",), rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"cartq": run}, root=HELDOUT54)
