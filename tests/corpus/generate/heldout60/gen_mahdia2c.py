"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

An A2C run printing as mahdiznaidi/RL-CartPole-A2C ``scripts/train.py``: a banner between rules
of 60 ``=`` (``TRAINING AGENT 0 (SEED 7)``, ``K (workers): 4``, ``n (steps): 5``, ``Reward
masking: 0.0``, ``Max steps: 12,000``), a tqdm bar ``Agent 0`` over the environment steps whose
postfix is set at each evaluation to ``{'eval_return': f"{mean:.1f}", 'episodes': count}``, then
``✓ Training complete for Agent 0, Seed 7``, ``  Total episodes: N`` and ``  Output: ...``
(the script's logger writes CSV files only, not done here). Here: an actor and a critic (small
MLPs) on K NumPy cart-poles, n-step returns, an evaluation of 3 greedy episodes every 500 steps.

Truth: ``eval_return`` at each postfix state (shown with one decimal), no step; the banner's
settings are params; ``Total episodes`` is optional.
"""

from _toy import CartPole
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    agent_id, seed = 0, 7
    num_workers, n_steps, reward_mask_prob, max_steps = 4, 5, 0.0, 12000
    eval_interval, eval_episodes, gamma = 500, 3, 0.99
    print("=" * 60)
    print(f"TRAINING AGENT {agent_id} (SEED {seed})")
    print("=" * 60)
    print(f"K (workers): {num_workers}")
    print(f"n (steps): {n_steps}")
    print(f"Reward masking: {reward_mask_prob}")
    print(f"Max steps: {max_steps:,}")
    print("=" * 60)
    torch.manual_seed(seed)
    np.random.seed(seed)
    actor = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Linear(64, 2))
    critic = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Linear(64, 1))
    opt = torch.optim.Adam(list(actor.parameters()) + list(critic.parameters()), lr=2e-3)
    envs = [CartPole(seed=seed * 10 + k, max_steps=500) for k in range(num_workers)]
    states = np.stack([env.reset() for env in envs])

    def evaluate():
        env = CartPole(seed=seed + 1000, max_steps=300)
        returns = []
        for _ in range(eval_episodes):
            s, done, ret = env.reset(), False, 0.0
            while not done:
                with torch.no_grad():
                    a = int(actor(torch.tensor(s, dtype=torch.float32)).argmax())
                s, r, done, _ = env.step(a)
                ret += r
            returns.append(ret)
        return {"mean_return": float(np.mean(returns))}

    truth = Truth()
    total_steps = 0
    episode_count = 0
    progress_bar = tqdm(total=max_steps, desc=f"Agent {agent_id}")
    while total_steps < max_steps:
        logps, values, rewards, masks, entropies = [], [], [], [], []
        for _ in range(n_steps):
            s = torch.tensor(states, dtype=torch.float32)
            dist = torch.distributions.Categorical(logits=actor(s))
            a = dist.sample()
            logps.append(dist.log_prob(a))
            entropies.append(dist.entropy())
            values.append(critic(s).squeeze(1))
            step_r, step_m = [], []
            for k, env in enumerate(envs):
                ns, r, done, _ = env.step(int(a[k]))
                if done:
                    ns = env.reset()
                    episode_count += 1
                states[k] = ns
                step_r.append(r)
                step_m.append(0.0 if done else 1.0)
            rewards.append(torch.tensor(step_r))
            masks.append(torch.tensor(step_m))
        with torch.no_grad():
            R = critic(torch.tensor(states, dtype=torch.float32)).squeeze(1)
        returns = []
        for r, m in zip(reversed(rewards), reversed(masks)):
            R = r + gamma * R * m
            returns.insert(0, R)
        returns, values = torch.stack(returns), torch.stack(values)
        adv = returns - values
        loss = (-(torch.stack(logps) * adv.detach()).mean() + 0.5 * adv.pow(2).mean()
                - 0.01 * torch.stack(entropies).mean())
        opt.zero_grad()
        loss.backward()
        opt.step()
        steps_collected = num_workers * n_steps
        total_steps += steps_collected
        if total_steps % eval_interval == 0:
            eval_metrics = evaluate()
            progress_bar.set_postfix({
                'eval_return': f"{eval_metrics['mean_return']:.1f}",
                'episodes': episode_count
            })
            truth.add(eval_return=eval_metrics['mean_return'])
        progress_bar.update(steps_collected)
    progress_bar.close()
    print(f"\n✓ Training complete for Agent {agent_id}, Seed {seed}")
    print(f"  Total episodes: {episode_count}")
    print(f"  Output: outputs/runs/agent{agent_id}/seed{seed}")
    truth.allow(**{"Total episodes": episode_count})
    truth.write("the evaluation means handed to set_postfix", libraries=("torch", "tqdm"),
                params={"K (workers)": num_workers, "n (steps)": n_steps,
                        "Reward masking": reward_mask_prob, "Max steps": max_steps},
                rel=0.0, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"mahdia2c": run}, root=HELDOUT60)
