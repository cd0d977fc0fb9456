"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

Random search and hill climbing for a linear cart-pole policy, printing as 1heart/openai-cartpole
``cartpole.py``: for each of ``N_ITER`` fresh agents, first random-search agents then
hill-climbing ones, ``print('Successes: ' + str(percent_success) + '%')`` -- the share of test
episodes that reached 200 steps, in percent, unrounded, with no step and no agent named on the
line. Here: a NumPy cart-pole, 8 agents of each kind, 60 training and 50 test episodes each,
hill-climbing noise 0.1 (the script's 0.001 moves nothing in 60 episodes).

Truth: ``Successes`` (in percent), sixteen values, no step.
"""

from _toy import CartPole
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(1)
    truth = Truth()
    env = CartPole(seed=11, max_steps=1000)

    def rand_obs():
        return np.random.rand(4) * 2 - 1

    def episode(w):
        obs, total = env.reset(), 0
        for _ in range(1000):
            obs, reward, done = env.step(1 if np.dot(w, obs) > 0 else 0)
            if done:
                break
            total += reward
            if total == 200:
                break
        return total

    def test(w, n_iter=50):
        return sum(1 for _ in range(n_iter) if episode(w) == 200) / n_iter

    def train_random(n_iter=60):
        w_opt, best = np.zeros(4), 0
        for _ in range(n_iter):
            w = rand_obs()
            total = episode(w)
            if total > best:
                w_opt, best = w, total
        return w_opt

    def train_hill(alpha, n_iter=60):
        w_opt, best = rand_obs(), 0
        for _ in range(n_iter):
            w = w_opt + alpha * rand_obs()
            total = episode(w)
            if total > best:
                w_opt, best = w, total
        return w_opt

    for _ in range(8):
        percent_success = test(train_random()) * 100
        print('Successes: ' + str(percent_success) + '%')
        truth.add(Successes=percent_success)
    for _ in range(8):
        percent_success = test(train_hill(0.1)) * 100
        print('Successes: ' + str(percent_success) + '%')
        truth.add(Successes=percent_success)
    truth.write("the agents' test success rates (percent)", libraries=("numpy",), rel=1e-6,
                abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"hillcart": run}, root=HELDOUT61)
