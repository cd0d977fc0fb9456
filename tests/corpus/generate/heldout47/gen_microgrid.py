"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as 100yearsahead/DeepRL ``train_dqn.py``: ``Training DQN...``,
every N episodes ``f"Episode {episode + 1} | Avg reward: {avg_reward:.2f} | Avg unmet:
{avg_unmet:.2f} | Avg loss: {avg_loss:.4f} | Epsilon: {agent.epsilon:.3f}"`` (the sums of the
last 100 episodes divided by 100, as the original does even before 100 episodes), then
``Evaluating learned DQN policy...`` and a summary block ``DQN evaluation over 100 episodes``,
a dashed rule and ``print("Reward:", round(...))``-style lines for ``Reward``, ``Grid import``,
``Unmet demand``, ``Wasted solar``, ``Battery used``. Here: our 24-hour toy microgrid (for the
repository's continuous microgrid environment, whose file was not read), a 32-32 Q-network,
replay batches of 64 from 20 transitions on, target update every 25 episodes, 300 episodes with
a line every 25th (the original: 1000 and every 100th).

Truth: ``Avg reward``, ``Avg unmet``, ``Avg loss`` at the printed episode; the five evaluation
results without a step (named as printed). ``Epsilon`` is a setting, no metric.
"""

from _toy import Microgrid
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(42)
    torch.manual_seed(42)
    rng = np.random.default_rng(42)
    q = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 3))
    tq = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 3))
    tq.load_state_dict(q.state_dict())
    opt = torch.optim.Adam(q.parameters(), lr=0.001)
    memory, epsilon = deque(maxlen=10000), 1.0
    truth = Truth()

    def greedy(s):
        with torch.no_grad():
            return int(q(torch.tensor(s)).argmax())

    def train_step():
        if len(memory) < 20:
            return None
        s, a, r, s2, d = zip(*random.sample(memory, min(64, len(memory))))
        s, s2 = torch.tensor(np.array(s)), torch.tensor(np.array(s2))
        r, d = torch.tensor(r, dtype=torch.float32), torch.tensor(d, dtype=torch.float32)
        with torch.no_grad():
            y = r + 0.95 * tq(s2).max(1).values * (1 - d)
        pred = q(s).gather(1, torch.tensor(a).view(-1, 1)).squeeze(1)
        loss = nn.functional.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    print("Training DQN...")
    env = Microgrid(seed=42)
    rewards, unmet_demands, losses = [], [], []
    for episode in range(300):
        state, done, total_reward, total_unmet, ep_losses = env.reset(), False, 0.0, 0.0, []
        while not done:
            action = int(rng.integers(3)) if rng.random() < epsilon else greedy(state)
            next_state, reward, done, info = env.step(action)
            memory.append((state, action, reward, next_state, float(done)))
            loss = train_step()
            if loss is not None:
                ep_losses.append(loss)
            total_reward += reward
            total_unmet += info["unmet_demand"]
            state = next_state
        epsilon = max(0.05, epsilon * 0.99)
        if (episode + 1) % 25 == 0:
            tq.load_state_dict(q.state_dict())
        rewards.append(total_reward)
        unmet_demands.append(total_unmet)
        losses.append(sum(ep_losses) / len(ep_losses) if ep_losses else 0.0)
        if (episode + 1) % 25 == 0:
            avg_reward = sum(rewards[-100:]) / 100
            avg_unmet = sum(unmet_demands[-100:]) / 100
            avg_loss = sum(losses[-100:]) / 100
            print(
                f"Episode {episode + 1} | "
                f"Avg reward: {avg_reward:.2f} | "
                f"Avg unmet: {avg_unmet:.2f} | "
                f"Avg loss: {avg_loss:.4f} | "
                f"Epsilon: {epsilon:.3f}"
            )
            truth.add(at=episode + 1, **{"Avg reward": avg_reward, "Avg unmet": avg_unmet,
                                         "Avg loss": avg_loss})
    print()
    print("Evaluating learned DQN policy...")
    totals = dict(reward=0.0, grid=0.0, unmet=0.0, waste=0.0, battery=0.0)
    for episode in range(100):
        e = Microgrid(seed=100 + episode)
        state, done = e.reset(), False
        while not done:
            state, reward, done, info = e.step(greedy(state))
            totals["reward"] += reward
            totals["grid"] += info["grid_import"]
            totals["unmet"] += info["unmet_demand"]
            totals["waste"] += info["wasted_solar"]
            totals["battery"] += abs(info["battery_used"])
    res = {k: v / 100 for k, v in totals.items()}
    print()
    print("DQN evaluation over 100 episodes")
    print("--------------------------------")
    for label, key in (("Reward", "reward"), ("Grid import", "grid"), ("Unmet demand", "unmet"),
                       ("Wasted solar", "waste"), ("Battery used", "battery")):
        print(f"{label}:", round(res[key], 2))
        truth.add(**{label: res[key]})
    truth.write("the script's running averages and evaluation means", libraries=("torch",),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"microgrid": run}, root=HELDOUT47)
