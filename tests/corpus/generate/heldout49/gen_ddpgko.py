"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A DDPG loop printing as NAMUORI00/dqn-ddpg ``dqn_ddpg/scripts/train_ddpg_manual.py``: Korean
emoji-led lines: ``🚀 DDPG CartPole 수렴 학습 시작``, ``🔧 환경: state_dim=4, action_dim=1``, ``🔧 디바이스:
cpu``, ``📊 설정: max_episodes=..., warmup=...``, ``🔥 워밍업 시작...``, warm-up lines ``f"   워밍업
{ep}/{warmup_episodes} | 보상: {episode_reward}"`` (random actions), ``✅ 워밍업 완료``, ``🎯 메인 학습
시작...``, then every N-th episode ``f"📊 Episode {episode:4d} | Reward: {episode_reward:6.1f} |
Avg(100): {avg_reward:6.1f} | Length: {episode_length:3d} | AvgLen: {avg_length:5.1f} | Noise:
{sigma:.4f} | Time: {elapsed/60:.1f}m"``, a closing block (``✅ DDPG CartPole 학습 완료``, ``📊 총 에피소드:
N``, ``📊 최종 평균 보상: ..``, ``📊 최고 평균 보상: ..``, ``⏰ 총 시간: ..분``, ``🎯 수렴 여부: False``, ``💾 결과
저장: ...``) and the ``__main__`` summary (``📈 최종 결과`` between ``=`` rules, the same values again
without emoji). Here: a small DDPG (actor and critic MLPs, Gaussian exploration noise decaying by
0.9995, soft target updates, the repository's reward shaping) on our NumPy cart-pole with the
action's sign as the discrete push, 20 warm-up episodes logged every 5, 60 episodes logged every 5,
100-step episodes.

Truth: ``보상`` at the warm-up episode; ``Reward`` and ``Avg(100)`` at the printed episode; the closing
block's ``최종 평균 보상`` and ``최고 평균 보상`` without a step, each printed twice (the function's block
and the ``__main__`` summary) and listed twice. Optional: ``Length``, ``AvgLen`` (episode lengths),
``Noise`` (the noise scale), ``총 에피소드`` (a count).
"""

from _toy import CartPole
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import collections
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(59)
    rng = np.random.default_rng(59)
    print("🚀 DDPG CartPole 수렴 학습 시작")
    env = CartPole(seed=59, limit=100)
    print("🔧 환경: state_dim=4, action_dim=1")
    print("🔧 디바이스: cpu")
    actor = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 1), nn.Tanh())
    critic = nn.Sequential(nn.Linear(5, 32), nn.ReLU(), nn.Linear(32, 1))
    t_actor = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 1), nn.Tanh())
    t_critic = nn.Sequential(nn.Linear(5, 32), nn.ReLU(), nn.Linear(32, 1))
    t_actor.load_state_dict(actor.state_dict()); t_critic.load_state_dict(critic.state_dict())
    a_opt = torch.optim.Adam(actor.parameters(), lr=1e-3)
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
    buf = collections.deque(maxlen=20000)
    sigma, tau, gamma, bs = 0.2, 0.005, 0.99, 64
    max_episodes, warmup_episodes, max_steps = 60, 20, 100
    truth = Truth()
    print(f"📊 설정: max_episodes={max_episodes}, warmup={warmup_episodes}")
    start = time.time()

    def update():
        idx = rng.choice(len(buf), bs, replace=False)
        s, a, r, s2, d = (torch.tensor(np.array(x), dtype=torch.float32) for x in zip(*[buf[i] for i in idx]))
        with torch.no_grad():
            tq = r.unsqueeze(1) + (1 - d.unsqueeze(1)) * gamma * t_critic(torch.cat([s2, t_actor(s2)], 1))
        c_loss = F.mse_loss(critic(torch.cat([s, a], 1)), tq)
        c_opt.zero_grad(); c_loss.backward(); c_opt.step()
        a_loss = -critic(torch.cat([s, actor(s)], 1)).mean()
        a_opt.zero_grad(); a_loss.backward(); a_opt.step()
        for t, m in ((t_actor, actor), (t_critic, critic)):
            for tp, p in zip(t.parameters(), m.parameters()):
                tp.data.mul_(1 - tau).add_(tau * p.data)

    print("🔥 워밍업 시작...")
    for ep in range(warmup_episodes):
        s, ep_r = env.reset(), 0
        for step in range(max_steps):
            a = rng.uniform(-1, 1, 1)
            s2, r, done = env.step(1 if a[0] > 0 else 0)
            buf.append((s, a, (1.0 if not done else -1.0) * 0.01, s2, float(done)))
            s, ep_r = s2, ep_r + r
            if done:
                break
        if ep % 5 == 0:
            print(f"   워밍업 {ep}/{warmup_episodes} | 보상: {ep_r}")
            truth.add(at=ep, 보상=ep_r)
    print("✅ 워밍업 완료")
    print("🎯 메인 학습 시작...")
    rewards, lengths, best = [], [], -float('inf')
    for episode in range(max_episodes):
        s, ep_r, ep_len = env.reset(), 0, 0
        for step in range(max_steps):
            if episode < 10:
                a = rng.uniform(-1, 1, 1)
            else:
                with torch.no_grad():
                    a = actor(torch.tensor(s, dtype=torch.float32)).numpy() + rng.normal(0, sigma, 1)
                a = np.clip(a, -1, 1)
            s2, r, done = env.step(1 if a[0] > 0 else 0)
            shaped = -1.0 if (done and step < 60) else (2.0 if step >= 90 else 1.0)
            buf.append((s, a, shaped * 0.01, s2, float(done)))
            if step % 2 == 0:
                update()
            s, ep_r, ep_len = s2, ep_r + r, ep_len + 1
            if done:
                break
        rewards.append(ep_r); lengths.append(ep_len)
        sigma *= 0.9995
        if episode % 5 == 0:
            avg_r, avg_l = float(np.mean(rewards[-100:])), float(np.mean(lengths[-100:]))
            print(f"📊 Episode {episode:4d} | Reward: {ep_r:6.1f} | Avg(100): {avg_r:6.1f} | "
                  f"Length: {ep_len:3d} | AvgLen: {avg_l:5.1f} | Noise: {sigma:.4f} | "
                  f"Time: {(time.time() - start)/60:.1f}m")
            truth.add(at=episode, Reward=ep_r, **{"Avg(100)": avg_r})
            truth.allow(Length=ep_len, AvgLen=avg_l, Noise=sigma)
            best = max(best, avg_r)
    final = float(np.mean(rewards[-100:]))
    total = time.time() - start
    print("\n✅ DDPG CartPole 학습 완료")
    print(f"📊 총 에피소드: {len(rewards)}")
    print(f"📊 최종 평균 보상: {final:.1f}")
    print(f"📊 최고 평균 보상: {best:.1f}")
    print(f"⏰ 총 시간: {total/60:.1f}분")
    print(f"🎯 수렴 여부: {final >= 400.0}")
    print("💾 결과 저장: results/ddpg_manual/ddpg_cartpole.json")
    print("\n" + "=" * 60)
    print("📈 최종 결과")
    print("=" * 60)
    print(f"수렴 여부: {final >= 400.0}")
    print(f"최종 평균 보상: {final:.1f}")
    print(f"최고 평균 보상: {best:.1f}")
    print(f"총 에피소드: {len(rewards)}")
    print(f"학습 시간: {total/60:.1f}분")
    for _ in range(2):
        truth.add(**{"최종 평균 보상": final, "최고 평균 보상": best})
        truth.allow(**{"총 에피소드": len(rewards)})
    truth.write("the script's episode returns and their averages", libraries=("torch", "numpy"),
                params={"max_episodes": max_episodes, "warmup": warmup_episodes}, rel=1e-4, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"ddpgko": run}, root=HELDOUT49)
