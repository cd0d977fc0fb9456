"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A deep Q-learning snake agent printing as rosamakinen/snake_game_ai ``ai_agent.py``: after
each game ``print('Game', agent.n_games, 'Score', score, 'Record:', record)`` (print's own
spaces; the score is the number of foods eaten, the record the best score so far). The same
agent (11 boolean state features: danger straight/right/left, direction, food direction;
``Linear_QNet(11, 256, 3)`` as relative moves; epsilon ``90 - n_games`` out of 200; gamma 0.7;
short- and long-memory steps, batch 1000; reward +10 food, -10 death). Here: a text-free snake
on a 10x10 grid (no pygame window, no plot), 45 games, a game also ending after ``100 *
len(snake)`` frames without food as in the original's game.

Truth: ``Score`` at the printed game number. Optional: ``Record`` (the best score again).
"""

import random
from collections import deque

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(7)
    torch.manual_seed(7)
    W = H = 10
    dirs = [(1, 0), (0, 1), (-1, 0), (0, -1)]  # right, down, left, up (clockwise)

    class Game:
        def reset(self):
            self.direction = 0
            self.head = (W // 2, H // 2)
            self.snake = [self.head, (self.head[0] - 1, self.head[1]), (self.head[0] - 2, self.head[1])]
            self.score = 0
            self.frame = 0
            self.place_food()

        def place_food(self):
            while True:
                self.food = (random.randint(0, W - 1), random.randint(0, H - 1))
                if self.food not in self.snake:
                    return

        def is_collision(self, pt=None):
            pt = pt or self.head
            return not (0 <= pt[0] < W and 0 <= pt[1] < H) or pt in self.snake[1:]

        def play_step(self, action):
            self.frame += 1
            idx = self.direction
            if action[1]:
                idx = (idx + 1) % 4
            elif action[2]:
                idx = (idx - 1) % 4
            self.direction = idx
            dx, dy = dirs[idx]
            self.head = (self.head[0] + dx, self.head[1] + dy)
            self.snake.insert(0, self.head)
            if self.is_collision() or self.frame > 100 * len(self.snake):
                return -10, True, self.score
            if self.head == self.food:
                self.score += 1
                self.place_food()
                return 10, False, self.score
            self.snake.pop()
            return 0, False, self.score

    def get_state(game):
        hx, hy = game.head
        d = game.direction
        pts = [(hx + dirs[k][0], hy + dirs[k][1]) for k in ((d) % 4, (d + 1) % 4, (d - 1) % 4)]
        state = [game.is_collision(p) for p in pts]
        state += [d == 2, d == 0, d == 3, d == 1]
        state += [game.food[0] < hx, game.food[0] > hx, game.food[1] < hy, game.food[1] > hy]
        return np.array(state, dtype=int)

    model = nn.Sequential(nn.Linear(11, 256), nn.ReLU(), nn.Linear(256, 3))
    opt = torch.optim.Adam(model.parameters(), lr=0.001)
    gamma = 0.7
    memory = deque(maxlen=100_000)

    def train_step(state, action, reward, next_state, done):
        state = torch.tensor(np.array(state), dtype=torch.float).reshape(-1, 11)
        next_state = torch.tensor(np.array(next_state), dtype=torch.float).reshape(-1, 11)
        action = torch.tensor(np.array(action), dtype=torch.long).reshape(-1, 3)
        reward = torch.tensor(np.array(reward), dtype=torch.float).reshape(-1)
        done = np.array(done).reshape(-1)
        pred = model(state)
        target = pred.clone().detach()
        with torch.no_grad():
            nxt = model(next_state).max(1).values
        for i in range(len(done)):
            q = reward[i] if done[i] else reward[i] + gamma * nxt[i]
            target[i][int(torch.argmax(action[i]))] = q
        loss = ((target - pred) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()

    truth = Truth()
    game = Game()
    game.reset()
    n_games, record = 0, 0
    while n_games < 45:
        state_old = get_state(game)
        final_move = [0, 0, 0]
        if random.randint(0, 200) < 90 - n_games:
            final_move[random.randint(0, 2)] = 1
        else:
            with torch.no_grad():
                final_move[int(torch.argmax(model(torch.tensor(state_old, dtype=torch.float))))] = 1
        reward, done, score = game.play_step(final_move)
        state_new = get_state(game)
        train_step(state_old, final_move, reward, state_new, done)
        memory.append((state_old, final_move, reward, state_new, done))
        if done:
            game.reset()
            n_games += 1
            sample = random.sample(memory, 1000) if len(memory) > 1000 else memory
            train_step(*zip(*sample))
            if score > record:
                record = score
            print('Game', n_games, 'Score', score, 'Record:', record)
            truth.add(at=n_games, Score=score)
            truth.allow(Record=record)
    truth.write("the game's score and the agent's game count next to each print",
                libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"snakeq": run}, root=HELDOUT55)
