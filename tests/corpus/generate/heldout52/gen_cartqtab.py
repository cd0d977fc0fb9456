"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

Tabular Q-learning on cart-pole printing as AndersonPeng/q-learning-tutorial ``train.py``
(commit 031c57f7): every ``n_disp`` episodes
``[{:5d}/{:5d}] total_reward = {:.3f}, avg_total_reward = {:.3f}, epsilon = {:.3f}`` and at the
end ``Saving the Q-table ... Done.`` The binning, the Q-table, the replay buffer of 512 with
mini-batches of 128 and the epsilon decay are the original's. Gym's ``CartPole-v0`` is
replaced by its equations written in NumPy (same constants, the 200-step limit, the same
termination), the Q-table goes to /dev/null and no plot is drawn. Here: 1000 episodes shown
every 50 (the original: 20000 every 1000).

Truth: ``total_reward`` and ``avg_total_reward`` (the float32 mean over the episodes so far) at
the episode before the slash; epsilon is optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import math
    import os
    from collections import deque

    import numpy as np

    class CartPole:
        gravity, masscart, masspole, length, force_mag, tau = 9.8, 1.0, 0.1, 0.5, 10.0, 0.02
        theta_threshold, x_threshold = 12 * 2 * math.pi / 360, 2.4

        def __init__(self, seed):
            self.rng = np.random.default_rng(seed)

        def reset(self):
            self.state = self.rng.uniform(-0.05, 0.05, 4)
            self.t = 0
            return self.state.copy()

        def step(self, action):
            x, x_dot, theta, theta_dot = self.state
            force = self.force_mag if action == 1 else -self.force_mag
            total_mass = self.masspole + self.masscart
            pml = self.masspole * self.length
            costheta, sintheta = math.cos(theta), math.sin(theta)
            temp = (force + pml * theta_dot ** 2 * sintheta) / total_mass
            thetaacc = (self.gravity * sintheta - costheta * temp) / (
                self.length * (4.0 / 3.0 - self.masspole * costheta ** 2 / total_mass))
            xacc = temp - pml * thetaacc * costheta / total_mass
            x, x_dot = x + self.tau * x_dot, x_dot + self.tau * xacc
            theta, theta_dot = theta + self.tau * theta_dot, theta_dot + self.tau * thetaacc
            self.state = np.array([x, x_dot, theta, theta_dot])
            self.t += 1
            done = (x < -self.x_threshold or x > self.x_threshold
                    or theta < -self.theta_threshold or theta > self.theta_threshold
                    or self.t >= 200)
            return self.state.copy(), 1.0, done, {}

    def get_discrete_state(state, bins, s_dim):
        return tuple(int(np.digitize(state[i], bins[i]) - 1) for i in range(s_dim))

    np.random.seed(0)
    n_episode, n_disp, n_bins = 1000, 50, 16
    lr, gamma, eps, buffer_size, mb_size = 0.1, 0.95, 1.0, 512, 128
    env = CartPole(seed=0)
    s_dim, a_dim = 4, 2
    bins = [np.linspace(-2.4, 2.4, n_bins), np.linspace(-4.0, 4.0, n_bins),
            np.linspace(-0.418, 0.418, n_bins), np.linspace(-4.0, 4.0, n_bins)]
    q_table = np.random.uniform(low=-2, high=0, size=([n_bins] * s_dim + [a_dim]))
    total_rewards = np.zeros((n_episode + 1), dtype=np.float32)
    replay_buffer = deque(maxlen=buffer_size)
    truth = Truth()

    for i_episode in range(n_episode + 1):
        state = env.reset()
        discrete_state = get_discrete_state(state, bins, s_dim)
        total_reward = 0
        while True:
            if np.random.random() > eps:
                action = np.argmax(q_table[discrete_state])
            else:
                action = np.random.randint(0, a_dim)
            next_state, reward, done, _ = env.step(action)
            next_discrete_state = get_discrete_state(next_state, bins, s_dim)
            replay_buffer.append((discrete_state, action, reward, next_discrete_state))
            discrete_state = next_discrete_state
            total_reward += reward
            if done:
                total_rewards[i_episode] = total_reward
                break
        if len(replay_buffer) > mb_size:
            for i in np.random.choice(len(replay_buffer), mb_size, replace=False):
                ds, a, r, nds = replay_buffer[i]
                max_next_q = np.max(q_table[nds])
                current_q = q_table[ds + (a,)]
                q_table[ds + (a,)] = current_q + lr * (r + gamma * max_next_q - current_q)
        eps = np.exp(-0.2 - 4.0 * i_episode / n_episode)
        if i_episode % n_disp == 0:
            avg = total_rewards[:i_episode + 1].mean()
            print("[{:5d}/{:5d}] total_reward = {:.3f}, avg_total_reward = {:.3f}, "
                  "epsilon = {:.3f}".format(i_episode, n_episode, total_reward, avg, eps))
            truth.add(at=i_episode, total_reward=total_reward, avg_total_reward=avg)
            truth.allow(epsilon=eps)

    with open(os.devnull, "wb") as f:
        print("Saving the Q-table ... ", end="")
        np.save(f, q_table)
        print("Done.")
    truth.write("the episode's summed reward and the running mean over the episodes so far",
                libraries=("numpy",), rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"cartqtab": run}, root=HELDOUT52)
