"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A DQN loop printing as 3BPM/ReinforceLearningCartpolehw ``train_dqn.py``: ``Starting training for N
episodes...``, every 10th episode ``f"Ep {episode}/{num} | Avg R: {avg_reward:.1f} | Avg L:
{avg_loss:.4f} | ε: {agent.epsilon:.3f} | Time: {elapsed_time:.1f}s"`` (means over the last 10
episodes; the loss is each episode's mean step loss), ``Model saved at episode N`` every 50th, then
``Testing trained agent...`` and five ``f"Test Ep {ep+1}: Reward = {total_reward:.1f}, Steps =
{steps}/{max_steps}"``. Here: our NumPy cart-pole (200-step episodes) for the repository's
balancing-cart environment, a 4-32-2 Q-network, epsilon decaying by 0.97 per episode, 150 episodes.

Truth: ``Avg R`` and ``Avg L`` at the printed episode; ``test/Reward`` (the line leads with ``Test``)
at the test episode. Optional: ``ε`` and ``Steps``.
"""

from _toy import DQN, CartPole
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import time

    import numpy as np

    env = CartPole(seed=41, limit=200)
    agent = DQN(seed=41, lr=1e-3)
    epsilon = 1.0
    num = 150
    truth = Truth()
    print(f"Starting training for {num} episodes...")
    rewards, losses = [], []
    start_time = time.time()
    for episode in range(1, num + 1):
        state = env.reset()
        done = False
        ep_reward = ep_loss = 0.0
        steps = 0
        while not done:
            action = agent.act(state, epsilon)
            nxt, reward, done = env.step(action)
            agent.remember(state, action, reward, nxt, float(done and env.t < env.limit))
            loss = agent.replay()
            if loss is not None:
                ep_loss += loss
            state = nxt
            ep_reward += reward
            steps += 1
        epsilon = max(0.01, epsilon * 0.97)
        if episode % 10 == 0:
            agent.sync()
        rewards.append(ep_reward)
        losses.append(ep_loss / steps if steps > 0 else 0)
        if episode % 10 == 0:
            avg_reward, avg_loss = np.mean(rewards[-10:]), np.mean(losses[-10:])
            print(f"Ep {episode}/{num} | Avg R: {avg_reward:.1f} | Avg L: {avg_loss:.4f} | "
                  f"ε: {epsilon:.3f} | Time: {time.time() - start_time:.1f}s")
            truth.add(at=episode, **{"Avg R": avg_reward, "Avg L": avg_loss})
            truth.allow(**{"ε": epsilon})
        if episode % 50 == 0:
            print(f"Model saved at episode {episode}")
    print("\nTesting trained agent...")
    for ep in range(5):
        state = env.reset()
        done, total = False, 0.0
        while not done:
            state, reward, done = env.step(agent.act(state, 0.0))
            total += reward
        print(f"Test Ep {ep+1}: Reward = {total:.1f}, Steps = {env.t}/{env.limit}")
        truth.add(at=ep + 1, **{"test/Reward": total})
        truth.allow(Steps=env.t)
    truth.write("the script's episode statistics", libraries=("torch", "numpy"), rel=1e-4, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"balcart": run}, root=HELDOUT49)
