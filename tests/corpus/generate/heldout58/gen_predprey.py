"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A DQN loop against a scripted bot printing as Crized-bit/RL_course_Predators_and_Preys
``train_dqn.py``: a ``tqdm`` bar over the random warm-up steps, then a ``tqdm`` bar over the
transitions, interrupted at each evaluation by two ``print`` lines ``Step: {i + 1}, Our reward
mean: {our_mean:.3f}, std: {our_std:.3f}`` and ``Step: {i + 1}, Enemy reward mean:
{enemy_mean:.3f}, std: {enemy_std:.3f}`` (5 evaluation episodes each). The script evaluates at
every ``TRANSITIONS // 100`` steps; here every ``TRANSITIONS // 12`` (12 evaluations, the same
lines), and its wandb logging is left out (it prints nothing here). Here: a 7x7 world with five
preys, our predator driven by ``_toy.TinyDQN`` on the direction to the nearest prey, the enemy a
greedy bot that moves at random 30% of the time; 150 warm-up steps, 1,200 transitions.

Truth: ``Our reward mean`` and ``Enemy reward mean`` at the printed step; each ``std`` is the
spread of the mean before it, optional (``Our reward mean_std``, ``Enemy reward mean_std``, and
the bare ``std``).
"""

from _toy import TinyDQN
from _capture import HELDOUT58, Truth, main

MOVES = ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1))


class World:
    def __init__(self, seed):
        import numpy as np

        self.rng = np.random.default_rng(seed)

    def reset(self):
        cells = self.rng.permutation(49)[:7]
        self.preys = {(int(c) // 7, int(c) % 7) for c in cells[:5]}
        self.us = (int(cells[5]) // 7, int(cells[5]) % 7)
        self.bot = (int(cells[6]) // 7, int(cells[6]) % 7)
        self.t = 0
        return self.obs()

    def nearest(self, p):
        return min(self.preys, key=lambda q: abs(q[0] - p[0]) + abs(q[1] - p[1]))

    def obs(self):
        import numpy as np

        v = np.zeros(25, dtype=np.float32)
        if self.preys:
            q = self.nearest(self.us)
            dr, dc = max(-2, min(2, q[0] - self.us[0])), max(-2, min(2, q[1] - self.us[1]))
            v[(dr + 2) * 5 + dc + 2] = 1.0
        return v

    def bot_action(self):
        if self.rng.random() < 0.3 or not self.preys:
            return int(self.rng.integers(5))
        q = self.nearest(self.bot)
        if q[0] != self.bot[0]:
            return 1 if q[0] < self.bot[0] else 2
        return 3 if q[1] < self.bot[1] else 4

    def move(self, p, a):
        r, c = p[0] + MOVES[a][0], p[1] + MOVES[a][1]
        return (r, c) if 0 <= r < 7 and 0 <= c < 7 else p

    def step(self, a):
        self.us, self.bot = self.move(self.us, a), self.move(self.bot, self.bot_action())
        ours = int(self.us in self.preys)
        self.preys.discard(self.us)
        theirs = int(self.bot in self.preys)
        self.preys.discard(self.bot)
        self.t += 1
        return self.obs(), ours, theirs, (not self.preys) or self.t >= 40


def run() -> None:
    import numpy as np
    from tqdm import tqdm

    INITIAL_STEPS, TRANSITIONS = 150, 1200
    env = World(seed=9)
    dqn = TinyDQN(25, 5, seed=9, decay=900, start=100, every=2)
    truth = Truth()

    def evaluate_policy(episodes=5):
        ev = World(seed=int(env.rng.integers(1 << 30)))
        ours, theirs = [], []
        for _ in range(episodes):
            o, done, a_sum, b_sum = ev.reset(), False, 0, 0
            while not done:
                o, r1, r2, done = ev.step(dqn.act(o, greedy=True))
                a_sum, b_sum = a_sum + r1, b_sum + r2
            ours.append(a_sum)
            theirs.append(b_sum)
        return ours, theirs

    obs = env.reset()
    for _ in tqdm(range(INITIAL_STEPS)):
        a = int(env.rng.integers(5))
        nxt, r1, r2, done = env.step(a)
        dqn.buf.append((obs, a, r1 - 0.01, nxt, float(done)))
        obs = env.reset() if done else nxt
    obs = env.reset()
    for i in tqdm(range(TRANSITIONS)):
        a = dqn.act(obs)
        nxt, r1, r2, done = env.step(a)
        dqn.observe(obs, a, r1 - 0.01, nxt, done)
        obs = env.reset() if done else nxt
        if (i + 1) % (TRANSITIONS // 12) == 0:
            rewards, enemy_rewards = evaluate_policy(episodes=5)
            our_mean, our_std = np.mean(rewards), np.std(rewards)
            enemy_mean, enemy_std = np.mean(enemy_rewards), np.std(enemy_rewards)
            print(f"Step: {i + 1}, Our reward mean: {our_mean:.3f}, std: {our_std:.3f}")
            print(f"Step: {i + 1}, Enemy reward mean: {enemy_mean:.3f}, std: {enemy_std:.3f}")
            truth.add(at=i + 1, **{"Our reward mean": our_mean})
            truth.add(at=i + 1, **{"Enemy reward mean": enemy_mean})
            truth.allow(**{"Our reward mean_std": our_std, "std": our_std})
            truth.allow(**{"Enemy reward mean_std": enemy_std, "std": enemy_std})
    truth.write("the script's evaluation means", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"predprey": run}, root=HELDOUT58)
