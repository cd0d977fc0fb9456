"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A DQN loop printing as rhs0266/CartPole ``py_code/main.py``: ``Could not find old network
weights``, then after every episode ``"====== Episode %r ended with score = %r, avg_loss = %r
======" % (i_episode+1, score, sum_loss_value/score)`` (``%r`` of Python floats: all digits; the
average is 0.0 until the replay memory is full). Here: our NumPy cart-pole for the repository's
simulator, a 4-32-2 Q-network trained once the 300-transition memory is full, epsilon annealed by
0.95 every 100 steps, 25 episodes.

Truth: ``score`` and ``avg_loss`` at the printed episode.
"""

from _toy import DQN, CartPole
from _capture import HELDOUT49, Truth, main


def run() -> None:
    env = CartPole(seed=43, limit=200)
    agent = DQN(seed=43, lr=1e-3, batch=32, buffer=300)
    print("Could not find old network weights")
    eps, global_step = 1.0, 0
    truth = Truth()
    for i_episode in range(25):
        obs = env.reset()
        done, score, sum_loss_value = False, 0.0, 0.0
        while not done:
            global_step += 1
            if global_step % 100 == 0 and eps > 1e-2:
                eps *= 0.95
            action = agent.act(obs, eps)
            nxt, reward, done = env.step(action)
            score += reward
            agent.remember(obs, action, reward, nxt, float(done))
            obs = nxt
            if global_step >= 300:
                sum_loss_value += agent.replay()
        print("====== Episode %r ended with score = %r, avg_loss = %r ======"
              % (i_episode + 1, score, sum_loss_value / score))
        truth.add(at=i_episode + 1, score=score, avg_loss=sum_loss_value / score)
    truth.write("the script's episode scores and mean losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dqnrepr": run}, root=HELDOUT49)
