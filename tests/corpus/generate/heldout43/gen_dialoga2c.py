"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written N-step actor-critic printing as shivanipods/DialogueAgentRL
``src/deep_dialog/discriminator/A2C.py`` (``A2C.train`` with ``--verbose``): every
``log_every`` (25) episodes ``print("Num Episodes: {0}, Train Reward: {1} +/- {2}, Act Loss:
{3}, Crit Loss: {4}".format(...))`` with unformatted NumPy floats (rewards scaled by 1e2 as in
the original), every ``eval_after`` (50) episodes ``Saving Model Weights`` and
``print("Test Reward:{0} +/- {1}".format(avg_reward, std_reward))`` over test episodes. Here:
PyTorch instead of Keras, our re-implemented cart-pole instead of LunarLander, n = 20,
300 episodes, 10 test episodes.

Truth: ``Train Reward``, ``Act Loss``, ``Crit Loss`` at the printed episode count; ``Test
Reward`` without step. The ``+/-`` spreads are optional.
"""

from _toy import CartPole
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import math

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(27)
    env = CartPole(seed=27)
    actor = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2), nn.Softmax(-1))
    critic = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 1))
    a_opt = torch.optim.Adam(actor.parameters(), lr=5e-3)
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-2)
    n, gamma, log_every, eval_after = 20, 0.99, 25, 50

    def generate_episode():
        states, actions, rewards = [], [], []
        s, done = env.reset(), False
        while not done:
            with torch.no_grad():
                p = actor(torch.tensor(s, dtype=torch.float32)).numpy().astype(np.float64)
            a = int(np.random.choice(2, p=p / p.sum()))
            s2, r, term, trunc = env.step(a)
            states.append(s)
            actions.append(a)
            rewards.append(r * 1e-2)
            s, done = s2, term or trunc
        return states, actions, rewards

    def test_episode(num_test_episodes=10):
        all_rewards = [np.sum(generate_episode()[2]) * 1e2 for _ in range(num_test_episodes)]
        return np.mean(all_rewards), np.std(all_rewards)

    np.random.seed(27)
    truth = Truth()
    total_act_loss, total_crit_loss, all_rewards = [], [], []
    for episode in range(300):
        states, actions, rewards = generate_episode()
        S = torch.tensor(np.array(states), dtype=torch.float32)
        with torch.no_grad():
            values = critic(S).squeeze(1).numpy().tolist()
        T = len(rewards)
        ext_v, ext_r = values + [0] * n, rewards + [0] * n
        disc = [sum(math.pow(gamma, i) * ext_r[t + i] for i in range(n))
                + math.pow(gamma, n) * ext_v[t + n] for t in range(T)]
        G = torch.tensor(disc, dtype=torch.float32)
        adv = G - torch.tensor(values, dtype=torch.float32)
        probs = actor(S)
        act_loss = -(torch.log(probs[torch.arange(T), torch.tensor(actions)] + 1e-8) * adv).mean()
        a_opt.zero_grad()
        act_loss.backward()
        a_opt.step()
        crit_loss = ((critic(S).squeeze(1) - G) ** 2).mean()
        c_opt.zero_grad()
        crit_loss.backward()
        c_opt.step()
        total_act_loss.append(act_loss.item())
        total_crit_loss.append(crit_loss.item())
        all_rewards.append(np.sum(rewards) * 1e2)
        if (episode + 1) % log_every == 0:
            print("Num Episodes: {0}, Train Reward: {1} +/- {2}, Act Loss: {3}, Crit Loss: {4}".
                  format(episode + 1, np.mean(all_rewards), np.std(all_rewards),
                         np.mean(total_act_loss), np.mean(total_crit_loss)))
            truth.add(at=episode + 1, **{"Train Reward": np.mean(all_rewards),
                                         "Act Loss": np.mean(total_act_loss),
                                         "Crit Loss": np.mean(total_crit_loss)})
            truth.allow(**{"Train Reward": np.std(all_rewards)})
            total_act_loss, total_crit_loss, all_rewards = [], [], []
        if (episode + 1) % eval_after == 0:
            print("Saving Model Weights")
            avg_reward, std_reward = test_episode()
            print("Test Reward:{0} +/- {1}".format(avg_reward, std_reward))
            truth.add(**{"Test Reward": avg_reward})
            truth.allow(**{"Test Reward": std_reward})
    truth.write("the script's episode means", libraries=("torch", "numpy"), rel=1e-6,
                abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"dialoga2c": run}, root=HELDOUT43)
