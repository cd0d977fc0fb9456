"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A DQN cart-pole loop printing as ChethasReddy/Cartpole-RL ``train_dqn.py``: one line per
episode ``Episode {episode}: reward = {total_reward:.2f}, epsilon = {agent.epsilon:.3f}`` (the
epsilon after its per-episode decay), then ``evaluate_agent``'s ``Evaluation Episode {ep}: Total
Reward = {total_reward}`` (a float printed bare, ``200.0``). Here: the NumPy cart-pole of
``_toy.CartPole`` (200-step cap), ``_toy.TinyDQN`` with a multiplicative epsilon decay of 0.9 per
episode, 30 training episodes, 5 greedy evaluation episodes.

Truth: ``reward`` at the printed episode; ``eval/Total Reward`` at the printed evaluation
episode (the line is led by ``Evaluation``); ``epsilon`` (the exploration schedule) optional.
"""

from _toy import CartPole, TinyDQN
from _capture import HELDOUT58, Truth, main


def run() -> None:
    env = CartPole(seed=4)
    agent = TinyDQN(4, 2, seed=4, decay=None, lr=5e-3, gamma=0.99, every=1, sync=50)
    truth = Truth()
    for episode in range(30):
        state, total, done = env.reset(), 0.0, False
        while not done:
            a = agent.act(state)
            nxt, r, term, trunc = env.step(a)
            done = term or trunc
            agent.observe(state, a, r, nxt, term)
            state, total = nxt, total + r
        agent.epsilon = max(0.05, agent.epsilon * 0.9)
        print(f"Episode {episode}: reward = {total:.2f}, epsilon = {agent.epsilon:.3f}")
        truth.add(at=episode, reward=total)
        truth.allow(epsilon=agent.epsilon)
    agent.epsilon = 0.0
    ev = CartPole(seed=99)
    for ep in range(5):
        state, total, done = ev.reset(), 0, False
        while not done:
            state, r, term, trunc = ev.step(agent.act(state, greedy=True))
            done = term or trunc
            total += r
        print(f"Evaluation Episode {ep}: Total Reward = {total}")
        truth.add(at=ep, **{"eval/Total Reward": total})
    truth.write("the script's episode rewards", libraries=("torch",), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"cartepsdqn": run}, root=HELDOUT58)
