"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written DQN on a falling-enemies shooter printing as lukemazz/machineLearning
``main.py`` (commit 1391c6c2): after each episode ``Episode {n}, Total Reward: {r}`` and, once a
death has happened, ``Score-to-Death Ratio: {total_reward / total_deaths:.2f}``. The DQN (17
inputs, two hidden layers of 128, three actions), the epsilon schedule, the replay memory, the
rewards (+10 per enemy shot, -100 on death) and the shot every 60 frames are the original's;
the pygame window is replaced by plain rectangles on a 400x300 field (no window, no drawing,
no frame-rate limit). The original runs a single episode; here 15 episodes run, each with a
fresh player and enemies, the statistics and the network carried over.

Truth: ``Total Reward`` at the episode its line prints; ``Score-to-Death Ratio`` at the episode
of the line above it.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import random
    from collections import deque

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim

    random.seed(11)
    torch.manual_seed(11)
    WIDTH, HEIGHT = 400, 300
    truth = Truth()

    class Rect:
        def __init__(self, w, h):
            self.x, self.y, self.w, self.h = 0, 0, w, h

        def collide(self, o):
            return (self.x < o.x + o.w and o.x < self.x + self.w and self.y < o.y + o.h
                    and o.y < self.y + self.h)

    class Player:
        def __init__(self):
            self.rect = Rect(40, 40)
            self.rect.x, self.rect.y = WIDTH // 2 - 20, HEIGHT - 70
            self.speed = 5

        def update(self, action):
            if action == 0 and self.rect.x > 0:
                self.rect.x -= self.speed
            elif action == 1 and self.rect.x + self.rect.w < WIDTH:
                self.rect.x += self.speed

    class Enemy:
        def __init__(self):
            self.rect = Rect(40, 40)
            self.rect.x = random.randint(0, WIDTH - self.rect.w)
            self.rect.y = random.randint(-100, -40)
            self.speed = random.randint(2, 5)

        def update(self):
            self.rect.y += self.speed
            if self.rect.y > HEIGHT:
                self.rect.y = random.randint(-100, -40)
                self.rect.x = random.randint(0, WIDTH - self.rect.w)
                self.speed = random.randint(2, 5)

    class Bullet:
        def __init__(self, x, y):
            self.rect = Rect(5, 10)
            self.rect.x, self.rect.y = x - 2, y - 5
            self.speed = 7

    class DQN(nn.Module):
        def __init__(self, input_dim, output_dim):
            super().__init__()
            self.fc1 = nn.Linear(input_dim, 128)
            self.fc2 = nn.Linear(128, 128)
            self.fc3 = nn.Linear(128, output_dim)

        def forward(self, x):
            x = torch.relu(self.fc1(x))
            x = torch.relu(self.fc2(x))
            return self.fc3(x)

    BATCH_SIZE, GAMMA, EPS_START, EPS_END, EPS_DECAY = 64, 0.99, 1.0, 0.01, 0.995
    MEMORY_SIZE = 10000
    input_dim, output_dim = 1 + 16, 3
    policy_net = DQN(input_dim, output_dim)
    target_net = DQN(input_dim, output_dim)
    target_net.load_state_dict(policy_net.state_dict())
    target_net.eval()
    optimizer = optim.Adam(policy_net.parameters(), lr=0.001)
    memory = deque(maxlen=MEMORY_SIZE)
    g = {"steps_done": 0, "total_deaths": 0, "total_attempts": 0}

    def get_state(player, enemies):
        enemy_states = []
        for enemy in enemies:
            enemy_states.append(enemy.rect.x / WIDTH)
            enemy_states.append(enemy.rect.y / HEIGHT)
        while len(enemy_states) < 16:
            enemy_states.extend([0, 0])
        return np.array([player.rect.x / WIDTH] + enemy_states[:16])

    def select_action(state):
        sample = random.random()
        eps_threshold = EPS_END + (EPS_START - EPS_END) * EPS_DECAY ** g["steps_done"]
        g["steps_done"] += 1
        if sample > eps_threshold:
            with torch.no_grad():
                return policy_net(torch.tensor(state, dtype=torch.float32)).argmax().item()
        return random.randrange(output_dim)

    def optimize_model():
        if len(memory) < BATCH_SIZE:
            return
        batch = list(zip(*random.sample(memory, BATCH_SIZE)))
        state_batch = torch.tensor(np.array(batch[0]), dtype=torch.float32)
        action_batch = torch.tensor(batch[1], dtype=torch.int64).unsqueeze(1)
        reward_batch = torch.tensor(batch[2], dtype=torch.float32)
        next_state_batch = torch.tensor(np.array(batch[3]), dtype=torch.float32)
        current_q_values = policy_net(state_batch).gather(1, action_batch)
        next_q_values = target_net(next_state_batch).max(1)[0].detach()
        expected_q_values = reward_batch + GAMMA * next_q_values
        loss = nn.MSELoss()(current_q_values.squeeze(), expected_q_values)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

    def run_episode():
        g["total_attempts"] += 1
        total_reward = 0
        player = Player()
        enemies = [Enemy() for _ in range(8)]
        bullets = []
        state = get_state(player, enemies)
        frame, last_shot = 0, 0
        running = True
        while running:
            action = select_action(state)
            player.update(action)
            for enemy in enemies:
                enemy.update()
            for bullet in bullets:
                bullet.rect.y -= bullet.speed
            bullets = [b for b in bullets if b.rect.y + b.rect.h >= 0]
            frame += 1
            if frame - last_shot >= 60:
                bullets.append(Bullet(player.rect.x + 20, player.rect.y))
                last_shot = frame
            for enemy in list(enemies):
                hit = [b for b in bullets if enemy.rect.collide(b.rect)]
                if hit:
                    enemies.remove(enemy)
                    bullets = [b for b in bullets if b not in hit]
                    enemies.append(Enemy())
                    total_reward += 10
            if any(player.rect.collide(e.rect) for e in enemies):
                total_reward -= 100
                g["total_deaths"] += 1
                running = False
            reward = total_reward
            next_state = get_state(player, enemies)
            memory.append((state, action, reward, next_state))
            state = next_state
            optimize_model()

        print(f"Episode {g['total_attempts']}, Total Reward: {total_reward}")
        truth.add(at=g["total_attempts"], **{"Total Reward": total_reward})
        if g["total_deaths"] > 0:
            score_to_death_ratio = total_reward / g["total_deaths"]
            print(f"Score-to-Death Ratio: {score_to_death_ratio:.2f}")
            truth.add(at=g["total_attempts"], **{"Score-to-Death Ratio": score_to_death_ratio})

    for _ in range(15):
        run_episode()
    truth.write("the episode's summed rewards and that sum over the deaths so far",
                libraries=("torch",), rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"dodgedqn": run}, root=HELDOUT52)
