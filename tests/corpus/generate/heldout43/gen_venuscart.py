"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A random agent printing as VenusAradhya/rl_toy_project ``cartpole_env.py``: every tenth
episode ``print (f"Episode {episode}: Total = {total_reward}")``, at the end
``print("Total reward:", total_reward)`` (the last episode's). Here: our re-implemented
cart-pole (no gym), 300 episodes of random actions.

Truth: ``Total`` at the printed episode; the closing ``Total reward`` without step.
"""

from _toy import CartPole
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import numpy as np

    env = CartPole(seed=3)
    rng = np.random.default_rng(3)
    truth = Truth()
    for episode in range(300):
        state = env.reset()
        done = False
        total_reward = 0
        while not done:
            action = int(rng.integers(2))
            state, reward, terminated, truncated = env.step(action)
            total_reward += reward
            done = terminated or truncated
        if episode % 10 == 0:
            print(f"Episode {episode}: Total = {total_reward}")
            truth.add(at=episode, Total=total_reward)
    print("Total reward:", total_reward)
    truth.add(**{"Total reward": total_reward})
    truth.write("the script's episode rewards", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"venuscart": run}, root=HELDOUT43)
