"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

REINFORCE on cart-pole, printed as shahzeb-jadoon/Quantum_Policy_Gradient_for_CartPole
``scripts/train.py`` (``train_classical``), ``src/agent.py`` (``REINFORCEAgent.train``) and
``src/utils.py`` (``plot_training_curve``, ``print_summary``): a ``====`` banner with the seed,
episodes, learning rate and gamma, ``Model parameters: 114``, ``Training from episode 0 to
55...``, a ``tqdm`` bar ``Training`` (``unit="ep"``) whose postfix, from the 50th episode on, is
``{'reward': '23.0', 'avg_50': '21.4', 'loss': '1.2345', 'lr': '0.010000'}``, every 50 episodes
``Episode 50/55 | Avg Reward (50 ep): 21.4 | Loss: 1.2345 | Grad Norm: 3.4567 | LR: 0.010000``
with the checkpoint message, then the plot message, the ``CLASSICAL AGENT TRAINING SUMMARY``
block (``Final 100-episode average``, ``Best episode: 12 (reward: 87)``, ``✗ Not solved ...``)
and the final checkpoint message. Here: the classical TinyMLP (4-16-2) on a NumPy cart-pole
with gym's dynamics (200-step limit), Adam lr 0.01, gamma 0.99, gradient clipping 1.0,
ReduceLROnPlateau on the 100-episode mean reward, normalised returns; 55 episodes (instead of
500) so that the postfix appears for six episodes; no file is written.

Truth: the postfix values ``train/reward``, ``train/avg_50``, ``train/loss`` (the description
``Training`` names the phase) of each drawn state, without a step (the bar's count is no
labelled step); ``Avg Reward (50 ep)``, ``Loss`` and ``Grad Norm`` at the printed episode;
``Final 100-episode average`` without a step. Optional: the learning rates, the parameter
count, the best episode and its reward.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import CartPole
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    seed, episodes, lr, gamma, log_interval = 42, 55, 0.01, 0.99, 50
    torch.manual_seed(seed)
    np.random.seed(seed)
    truth = Truth()
    print(f"\n{'='*60}")
    print(f"TRAINING CLASSICAL AGENT")
    print(f"{'='*60}")
    print(f"Seed: {seed}")
    print(f"Episodes: {episodes}")
    print(f"Learning rate: {lr}")
    print(f"Gamma: {gamma}")
    print(f"{'='*60}\n")

    policy = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2), nn.Softmax(dim=-1))
    n_params = sum(p.numel() for p in policy.parameters() if p.requires_grad)
    print(f"Model parameters: {n_params}")
    truth.allow(**{"Model parameters": n_params})
    optimizer = torch.optim.Adam(policy.parameters(), lr=lr)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='max', factor=0.5,
                                                           patience=50)
    env = CartPole(seed=seed)
    bounds = np.array([2.4, 3.0, 0.21, 3.5])
    print(f"Training from episode 0 to {episodes}...\n")

    episode_rewards = []
    pbar = tqdm(range(0, episodes), desc="Training", unit="ep", initial=0, total=episodes)
    for episode in pbar:
        env.rng = np.random.default_rng(seed + episode)
        state = env.reset()
        log_probs, rewards = [], []
        while True:
            probs = policy(torch.FloatTensor(state / bounds))
            dist = torch.distributions.Categorical(probs)
            action = dist.sample()
            log_probs.append(dist.log_prob(action))
            state, reward, terminated, truncated = env.step(action.item())
            rewards.append(reward)
            if terminated or truncated:
                break
        episode_reward = sum(rewards)
        episode_rewards.append(episode_reward)
        returns, G = [], 0.0
        for r in reversed(rewards):
            G = r + gamma * G
            returns.insert(0, G)
        returns = torch.tensor(returns)
        returns = (returns - returns.mean()) / (returns.std() + 1e-8)
        loss = -(torch.stack(log_probs) * returns).sum()
        optimizer.zero_grad()
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(policy.parameters(), 1.0).item()
        optimizer.step()
        loss = loss.item()
        avg_reward = sum(episode_rewards[-100:]) / min(len(episode_rewards), 100)
        scheduler.step(avg_reward)
        current_lr = optimizer.param_groups[0]['lr']
        if len(episode_rewards) >= 50:
            recent_avg = sum(episode_rewards[-50:]) / 50
            pbar.set_postfix({'reward': f'{episode_reward:.1f}', 'avg_50': f'{recent_avg:.1f}',
                              'loss': f'{loss:.4f}', 'lr': f'{current_lr:.6f}'})
            truth.add(**{"train/reward": episode_reward, "train/avg_50": recent_avg,
                         "train/loss": loss})
            truth.allow(**{"train/lr": current_lr})
        if (episode + 1) % log_interval == 0:
            avg_reward = sum(episode_rewards[-log_interval:]) / log_interval
            print(f"\nEpisode {episode + 1}/{episodes} | "
                  f"Avg Reward ({log_interval} ep): {avg_reward:.1f} | "
                  f"Loss: {loss:.4f} | "
                  f"Grad Norm: {grad_norm:.4f} | "
                  f"LR: {current_lr:.6f}")
            truth.add(at=episode + 1, **{"Avg Reward (50 ep)": avg_reward, "Loss": loss,
                                         "Grad Norm": grad_norm})
            truth.allow(LR=current_lr)
            print(f"  [Checkpoint saved: episode {episode + 1}]")
    pbar.close()

    print(f"Plot saved to results/classical/seed{seed}_plot.png")
    print("\n" + "=" * 60)
    print("CLASSICAL AGENT TRAINING SUMMARY")
    print("=" * 60)
    final_avg = np.mean(episode_rewards[-100:])
    print(f"Final 100-episode average: {final_avg:.1f}")
    truth.add(**{"Final 100-episode average": final_avg})
    best_reward = max(episode_rewards)
    best_episode = episode_rewards.index(best_reward) + 1
    print(f"Best episode: {best_episode} (reward: {best_reward:.0f})")
    truth.allow(**{"Best episode": best_episode, "reward": best_reward})
    print("✗ Not solved (avg reward < 195 over 100 episodes)")
    print("=" * 60 + "\n")
    print(f"Final checkpoint saved to checkpoints/classical/seed{seed}_final.pth")
    truth.write("the agent's episode rewards, losses and summary", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"qpg": run}, root=HELDOUT53)
