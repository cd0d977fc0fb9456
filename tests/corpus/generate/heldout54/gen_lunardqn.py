"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A DQN agent printing as AlirezaAK2000/Lunar-Lander ``main.py``: per episode ``print('episode ',
i, 'score %.2f' % score, 'average score %.2f' % avg_score, 'epsilon %.2f' % agent.epsilon)``
(print's own separators: ``episode  0 score 21.00 average score 21.00 epsilon 0.99``), the
average over the last 100 scores. The agent is ``dqn.py``'s (256-256 network, target network
synced every 5 learning steps, gradient clamp, epsilon decreased by ``eps_dec`` per learning
step). Here: a NumPy cart-pole instead of LunarLander, a 64-64 network, batch 32, 20 episodes.

Truth: ``score`` and ``average score`` at the printed episode (0-based); ``epsilon`` is
optional (a schedule).
"""

from _toy import CartPole
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    import torch as T
    import torch.nn as nn

    T.manual_seed(8)
    rng = np.random.default_rng(8)

    def net():
        return nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(),
                             nn.Linear(64, 2))

    q_eval, q_target = net(), net()
    q_target.load_state_dict(q_eval.state_dict())
    opt = T.optim.Adam(q_eval.parameters(), lr=0.001)
    gamma, epsilon, eps_min, eps_dec, batch_size = 0.99, 1.0, 0.01, 2e-3, 32
    mem = {"s": np.zeros((5000, 4), np.float32), "s2": np.zeros((5000, 4), np.float32),
           "a": np.zeros(5000, np.int64), "r": np.zeros(5000, np.float32),
           "d": np.zeros(5000, bool)}
    cntr = 0

    def learn(steps):
        nonlocal epsilon
        if cntr < batch_size:
            return
        opt.zero_grad()
        b = rng.choice(min(cntr, 5000), batch_size, replace=False)
        s, s2 = T.tensor(mem["s"][b]), T.tensor(mem["s2"][b])
        q = q_eval(s)[np.arange(batch_size), mem["a"][b]]
        q_next = q_target(s2).detach()
        q_next[T.tensor(mem["d"][b])] = 0.0
        target = T.tensor(mem["r"][b]) + gamma * T.max(q_next, dim=1)[0]
        loss = nn.functional.mse_loss(target, q)
        loss.backward()
        for p in q_eval.parameters():
            p.grad.data.clamp_(-1, 1)
        opt.step()
        epsilon = epsilon - eps_dec if epsilon > eps_min else eps_min
        if steps % 5 == 0:
            q_target.load_state_dict(q_eval.state_dict())

    env = CartPole(seed=8)
    truth = Truth()
    scores = []
    for i in range(20):
        score, done, obs, steps = 0, False, env.reset(), 0
        while not done:
            if rng.random() > epsilon:
                with T.no_grad():
                    action = int(T.argmax(q_eval(T.tensor(obs, dtype=T.float32))))
            else:
                action = int(rng.choice(2))
            obs2, reward, done = env.step(action)
            score += reward
            k = cntr % 5000
            mem["s"][k], mem["s2"][k], mem["a"][k], mem["r"][k], mem["d"][k] = (
                obs, obs2, action, reward, done)
            cntr += 1
            learn(steps)
            obs = obs2
            steps += 1
        scores.append(score)
        avg_score = np.mean(scores[-100:])
        print('episode ', i, 'score %.2f' % score, 'average score %.2f' % avg_score,
              'epsilon %.2f' % epsilon)
        truth.add(at=i, **{"score": score, "average score": avg_score})
        truth.allow(epsilon=epsilon)
    truth.write("the script's episode scores", libraries=("torch",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"lunardqn": run}, root=HELDOUT54)
