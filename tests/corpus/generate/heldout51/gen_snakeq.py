"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Tabular Q-learning for snake printing as objones25/snake-q-learning ``train.py`` (commit
0070bb40): ``episode      0  epsilon=1.000  avg_score=0.00`` (two spaces between fields), the
average over a deque of the last scores. Here: our own 10x10 snake, an 8-bit state (danger
straight/left/right, the four food directions and nothing else), epsilon decaying per episode,
2000 episodes, a line every 100 (the original: 10,000 episodes, a line every 500 over a deque
of 500; ours keeps 100).

Truth: ``avg_score`` at the printed episode (0-based, as printed). Optional: ``epsilon``.
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    from collections import deque

    import numpy as np

    rng = np.random.default_rng(17)
    size = 10
    dirs = [(-1, 0), (0, 1), (1, 0), (0, -1)]
    n_states, n_actions = 2 ** 7, 3
    Q = np.zeros((n_states, n_actions))
    alpha, gamma = 0.1, 0.9

    def state_of(body, d, food):
        head = body[0]

        def danger(dd):
            r, c = head[0] + dirs[dd][0], head[1] + dirs[dd][1]
            return int(not (0 <= r < size and 0 <= c < size) or (r, c) in body)

        bits = [danger(d), danger((d - 1) % 4), danger((d + 1) % 4),
                int(food[0] < head[0]), int(food[0] > head[0]),
                int(food[1] < head[1]), int(food[1] > head[1])]
        return int("".join(map(str, bits)), 2)

    def new_food(body):
        while True:
            f = (int(rng.integers(size)), int(rng.integers(size)))
            if f not in body:
                return f

    def episode_run(epsilon):
        body = deque([(5, 5), (5, 4)])
        d, food = 1, new_food([(5, 5), (5, 4)])
        score, steps, since = 0, 0, 0
        s = state_of(body, d, food)
        while True:
            a = int(rng.integers(n_actions)) if rng.random() < epsilon else int(np.argmax(Q[s]))
            d = (d + [0, -1, 1][a]) % 4
            head = (body[0][0] + dirs[d][0], body[0][1] + dirs[d][1])
            steps += 1; since += 1
            done = (not (0 <= head[0] < size and 0 <= head[1] < size) or head in body)
            truncated = since > 100
            if done:
                reward = -10.0
            else:
                body.appendleft(head)
                if head == food:
                    reward, since = 10.0, 0
                    score += 1
                    food = new_food(body)
                else:
                    body.pop()
                    reward = -0.1
            s2 = s if done else state_of(body, d, food)
            target = reward if done else reward + gamma * np.max(Q[s2])
            Q[s, a] += alpha * (target - Q[s, a])
            s = s2
            if done or truncated:
                return score

    truth = Truth()
    recent_scores = deque(maxlen=100)
    n_episodes = 2000
    for episode in range(n_episodes):
        epsilon = max(0.01, 1.0 * 0.997 ** episode)
        recent_scores.append(episode_run(epsilon))
        if episode % 100 == 0:
            avg_score = sum(recent_scores) / len(recent_scores)
            print(f"episode {episode:6d}  epsilon={epsilon:.3f}  avg_score={avg_score:.2f}")
            truth.add(at=episode, avg_score=avg_score)
            truth.allow(epsilon=epsilon)
    truth.write("the agent's average episode scores", libraries=("numpy",),
                rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"snakeq": run}, root=HELDOUT51)
