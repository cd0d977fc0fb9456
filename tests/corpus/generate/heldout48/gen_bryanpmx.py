"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written DQN loop printing as BryanPMX/gymnasium-RL-research ``train_dqn.py``: per seed
``===== Training seed 0 =====`` and ``[DQN] Using standard uniform replay buffer``; every 10th
episode ``[Seed 0] Episode 10/60 | Reward: 0.7 | MovingAvg(20): 0.2 | Epsilon: 0.904``; every
20th episode a greedy evaluation ``[Seed 0] >>> Eval after ep 20: mean=0.8 ± 0.0`` and, when it
improves, ``[Seed 0] >>> Saved best model: runs/checkpoints/.../best_model_ep20_reward0.8.pth``;
at the end ``>>> Saved final model: ...`` and ``Training completed. CSV log saved.`` (no files are
written here). Here: our own 8-cell corridor (reward 1 at the right end, -0.01 a step, 30 steps
at most), a small Q-network, two seeds of 60 episodes.

Truth: ``Reward`` and ``MovingAvg(20)`` at the printed episode; ``eval/mean`` at the episode of
the ``Eval after ep`` line (the leading words name the evaluation phase); ``Epsilon`` (a schedule)
and the ``±`` standard deviation (``eval/std``) are optional. The two seeds share the names, each
at its own episodes (the count restarts).
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn

    N, MAX_STEPS = 8, 30

    class Corridor:
        def reset(self, seed=None):
            self.pos = 0
            return self.obs()

        def obs(self):
            o = np.zeros(N, dtype=np.float32)
            o[self.pos] = 1.0
            return o

        def step(self, a):
            self.pos = max(0, min(N - 1, self.pos + (1 if a == 1 else -1)))
            done = self.pos == N - 1
            return self.obs(), (1.0 if done else -0.01), done

    truth = Truth()
    episodes, log_interval, eval_interval, ma_window = 60, 10, 20, 20
    for seed in (0, 1):
        print(f"===== Training seed {seed} =====")
        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)
        env = Corridor()
        buffer = deque(maxlen=5000)
        print("[DQN] Using standard uniform replay buffer")
        q = nn.Sequential(nn.Linear(N, 32), nn.ReLU(), nn.Linear(32, 2))
        target = nn.Sequential(nn.Linear(N, 32), nn.ReLU(), nn.Linear(32, 2))
        target.load_state_dict(q.state_dict())
        opt = torch.optim.Adam(q.parameters(), lr=5e-3)
        eps, global_step, best_reward = 1.0, 0, float("-inf")
        moving = deque(maxlen=ma_window)

        def act(s, greedy):
            if not greedy and random.random() < eps:
                return random.randrange(2)
            with torch.no_grad():
                return int(q(torch.tensor(s)).argmax())

        for ep in range(1, episodes + 1):
            s = env.reset(seed=seed)
            ep_reward = 0.0
            for t in range(MAX_STEPS):
                global_step += 1
                a = act(s, False)
                s2, r, done = env.step(a)
                buffer.append((s, a, r, s2, done))
                ep_reward += r
                s = s2
                if len(buffer) >= 64:
                    bs = random.sample(buffer, 32)
                    S = torch.tensor(np.array([b[0] for b in bs]))
                    A = torch.tensor([b[1] for b in bs])
                    R = torch.tensor([b[2] for b in bs], dtype=torch.float32)
                    S2 = torch.tensor(np.array([b[3] for b in bs]))
                    D = torch.tensor([float(b[4]) for b in bs])
                    with torch.no_grad():
                        y = R + 0.95 * target(S2).max(1).values * (1 - D)
                    loss = nn.functional.smooth_l1_loss(q(S).gather(1, A[:, None]).squeeze(1), y)
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
                if global_step % 50 == 0:
                    target.load_state_dict(q.state_dict())
                if done:
                    break
            moving.append(ep_reward)
            avg_reward = float(np.mean(moving))
            eps = max(0.05, eps * 0.99)
            if ep % log_interval == 0:
                print(
                    f"[Seed {seed}] Episode {ep}/{episodes} | "
                    f"Reward: {ep_reward:.1f} | "
                    f"MovingAvg({ma_window}): {avg_reward:.1f} | "
                    f"Epsilon: {eps:.3f}"
                )
                truth.add(at=ep, **{"Reward": ep_reward, f"MovingAvg({ma_window})": avg_reward})
                truth.allow(Epsilon=eps)
            if ep % eval_interval == 0:
                rewards = []
                for _ in range(3):
                    s, total = env.reset(), 0.0
                    for _ in range(MAX_STEPS):
                        s, r, done = env.step(act(s, True))
                        total += r
                        if done:
                            break
                    rewards.append(total)
                rewards = np.array(rewards, dtype=np.float32)
                eval_mean, eval_std = float(rewards.mean()), float(rewards.std())
                print(
                    f"[Seed {seed}] >>> Eval after ep {ep}: "
                    f"mean={eval_mean:.1f} ± {eval_std:.1f}"
                )
                truth.add(at=ep, **{"eval/mean": eval_mean})
                truth.allow(**{"eval/std": eval_std})
                if eval_mean > best_reward:
                    best_reward = eval_mean
                    path = f"runs/checkpoints/dqn_corridor_seed{seed}/best_model_ep{ep}_reward{eval_mean:.1f}.pth"
                    print(f"[Seed {seed}] >>> Saved best model: {path}")
        print(f"[Seed {seed}] >>> Saved final model: runs/checkpoints/dqn_corridor_seed{seed}/final_model.pth")
        print(f"[Seed {seed}] Training completed. CSV log saved.")
    truth.write("the loop's episode returns, moving averages and greedy evaluations",
                libraries=("torch",), rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"bryanpmx": run}, root=HELDOUT48)
