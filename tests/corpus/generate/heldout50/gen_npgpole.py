"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

Natural policy gradient on the cart-pole printing as huazuhao/policy_gradient_cartpole
``cartpole/train.py``: each iteration ``print('total reward is',total_reward)`` (the mean
return of the iteration's sampled trajectories, a NumPy float printed by ``print``), then one
rollout of the trained policy and ``"Episode finished after {} timesteps".format(t+1)``. Here:
our NumPy cart-pole instead of gym's (no ``env.render()``, no plot); a linear softmax policy on
50 random Fourier features of the state per action (theta of shape 100 x 1 as in the original),
the Fisher matrix from the score vectors, the step size ``sqrt(delta / g^T F^-1 g)``; 20
trajectories an iteration, 20 iterations, delta 0.01.

Truth: ``total reward`` (the label without its verb) at the iteration's position (the line
states no step). The closing ``Episode finished after N timesteps`` is a count, optional.
"""

from _toy import CartPole
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(11)
    W = rng.normal(0, 1.0, size=(50, 4)) / np.array([1.0, 1.5, 0.2, 1.5])
    b = rng.uniform(0, 2 * np.pi, size=50)

    def extract_features(state, num_actions):
        phi = np.cos(W @ state + b) * np.sqrt(2.0 / 50)
        feats = np.zeros((num_actions, 100))
        for a in range(num_actions):
            feats[a, 50 * a:50 * (a + 1)] = phi
        return feats

    def compute_action_distribution(theta, feats):
        logits = (feats @ theta).T
        logits = logits - logits.max()
        p = np.exp(logits)
        return p / p.sum()

    def compute_log_softmax_grad(theta, feats, action):
        pi = compute_action_distribution(theta, feats)[0]
        return (feats[action] - pi @ feats).reshape(-1, 1)

    def compute_value_gradient(grads, rewards):
        b = np.mean([np.sum(r) for r in rewards])
        g = np.zeros((100, 1))
        for gr, r in zip(grads, rewards):
            togo = np.cumsum(r[::-1])[::-1]
            for t in range(len(gr)):
                g += gr[t] * (togo[t] - b)
        return g / len(grads)

    def compute_fisher_matrix(grads, lamb=1e-3):
        F = np.zeros((100, 100))
        for gr in grads:
            F += sum(g @ g.T for g in gr) / len(gr)
        return F / len(grads) + lamb * np.eye(100)

    def compute_eta(delta, fisher, v_grad):
        return np.sqrt(delta / (v_grad.T @ np.linalg.inv(fisher) @ v_grad + 1e-6))

    def sample_one_reward(theta, env, num_actions):
        rewards, grads = [], []
        feats = extract_features(env.reset(), num_actions)
        for _ in range(0, 200):
            dist = compute_action_distribution(theta, feats)
            action = rng.choice(num_actions, 1, p=dist[0])[0]
            observation, reward, done, info = env.step(action)
            rewards.append(reward)
            grads.append(compute_log_softmax_grad(theta, feats, action))
            feats = extract_features(observation, num_actions)
            if done:
                break
        return rewards, grads

    truth = Truth()
    theta = rng.random((100, 1))
    env = CartPole(seed=12345)
    N, T, delta = 20, 20, 1e-2
    for iteration_index in range(0, T):
        total_grads, total_rewards = [], []
        for _ in range(N):
            r, g = sample_one_reward(theta, env, 2)
            total_grads.append(g)
            total_rewards.append(r)
        total_reward = 0
        for trajectory_index in range(0, len(total_rewards)):
            total_reward += np.sum(total_rewards[trajectory_index])
        total_reward = total_reward / len(total_rewards)
        print('total reward is', total_reward)
        truth.add(**{"total reward": total_reward})
        v_grad = compute_value_gradient(total_grads, total_rewards)
        fisher = compute_fisher_matrix(total_grads)
        step_size = compute_eta(delta, fisher, v_grad)
        theta += step_size * np.linalg.inv(fisher) @ v_grad

    env = CartPole(seed=12345)
    feats = extract_features(env.reset(), 2)
    for t in range(200):
        dist = compute_action_distribution(theta, feats)
        action = rng.binomial(1, dist[0][1], 1)[0]
        observation, reward, done, info = env.step(action)
        feats = extract_features(observation, 2)
        if done:
            print("Episode finished after {} timesteps".format(t + 1))
            truth.allow(**{"Episode finished after": t + 1})
            break
    truth.write("the iteration's mean return over its sampled trajectories",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"npgpole": run}, root=HELDOUT50)
