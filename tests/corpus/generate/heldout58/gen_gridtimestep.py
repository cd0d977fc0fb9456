"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A timestep-based DQN loop printing as AKSHAY-23NAIR/RL-Assignment2 ``train_dqn.py``: a blank
line and ``Training on grid: grid_configs/example_grid.npy``, ``Total timesteps: 1,300``
(``:,``), every 10th episode ``  Timestep {timestep:>8,} | Episode {episode:>5} | Return:
{episode_reward:>8.1f} | Avg (last 10): {avg_reward:>8.1f} | DQN updates: {update_count}``,
then ``Training complete. Total episodes: ..., DQN updates: ...``, ``Model saved to ...``,
``Evaluating agent...`` and an indented block ``  Success rate: 9/10``, ``  Avg reward:
{:.1f}``, ``  Avg steps: {:.1f}``. Here: a 5x5 grid world with walls (``_toy.Grid``), an MLP
Q-network with replay (``_toy.TinyDQN``), 1,300 timesteps, episodes cut at 40 steps.

Truth: ``Return`` and ``Avg (last 10)`` at the printed timestep (the line's leading step; the
episode number and the update count are bookkeeping, in neither map); ``Avg reward`` and ``Avg
steps`` of the greedy evaluation without a step; the success count (``9`` of ``9/10``) and the
totals of the ``Training complete`` line are optional; ``Total timesteps`` is a param.
"""

from _toy import Grid, TinyDQN
from _capture import HELDOUT58, Truth, main


def run() -> None:
    total, max_steps, eval_episodes = 1300, 40, 10
    grid = "grid_configs/example_grid.npy"
    print(f"\nTraining on grid: {grid}")
    print(f"Total timesteps: {total:,}")
    env = Grid(seed=0)
    agent = TinyDQN(25, 4, seed=0, decay=900)
    truth = Truth()
    state = env.reset()
    timestep = episode = episode_steps = 0
    episode_reward, rewards = 0.0, []
    while timestep < total:
        a = agent.act(env.onehot(state))
        nxt, r, term = env.step(a)
        episode_steps += 1
        done = term or episode_steps >= max_steps
        agent.observe(env.onehot(state), a, r, env.onehot(nxt), term)
        timestep += 1
        episode_reward += r
        state = nxt
        if done:
            episode += 1
            rewards.append(episode_reward)
            if episode % 10 == 0:
                avg = sum(rewards[-10:]) / min(10, len(rewards))
                print(f"  Timestep {timestep:>8,} | Episode {episode:>5} | "
                      f"Return: {episode_reward:>8.1f} | "
                      f"Avg (last 10): {avg:>8.1f} | "
                      f"DQN updates: {agent.update_count}")
                truth.add(at=timestep, **{"Return": episode_reward, "Avg (last 10)": avg})
            episode_reward, episode_steps = 0.0, 0
            state = env.reset()
    print(f"\nTraining complete. Total episodes: {episode}, DQN updates: {agent.update_count}")
    truth.allow(**{"Total episodes": episode, "DQN updates": agent.update_count})
    print("Model saved to out/dqn_example_grid_seed0.pt")
    print("\nEvaluating agent...")
    ev_rewards, ev_steps, succ = [], [], 0
    for k in range(eval_episodes):
        ev = Grid(seed=100 + k)
        s = ev.reset()
        tot, term = 0.0, False
        for step in range(50):
            s, r, term = ev.step(agent.act(ev.onehot(s), greedy=True))
            tot += r
            if term:
                break
        ev_rewards.append(tot)
        ev_steps.append(step + 1)
        succ += int(term)
    print(f"Evaluation complete over {eval_episodes} episodes.")
    print(f"  Success rate: {succ}/{eval_episodes}")
    print(f"  Avg reward: {sum(ev_rewards) / len(ev_rewards):.1f}")
    print(f"  Avg steps: {sum(ev_steps) / len(ev_steps):.1f}")
    truth.allow(**{"Success rate": succ})
    truth.add(**{"Avg reward": sum(ev_rewards) / len(ev_rewards),
                 "Avg steps": sum(ev_steps) / len(ev_steps)})
    truth.write("the script's episode returns and evaluation means", libraries=("torch",),
                params={"Total timesteps": total}, rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"gridtimestep": run}, root=HELDOUT58)
