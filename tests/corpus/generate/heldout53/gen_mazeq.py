"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A hand-written tabular Q-learning run printing and logging as nameisalfio/q-learning-maze-robot
``src/trainer.py`` (``RLTrainer.train`` and its ``_print_episode_header``,
``_print_episode_summary``, ``_print_stats_with_checkpoints``,
``_print_final_stats_with_checkpoints``), ``src/utils.py`` (``Config`` falling back to its
defaults, ``Logger``: ``%(asctime)s - %(levelname)s - %(message)s`` on stderr) and
``src/agent.py`` (``get_stats``): emoji episode blocks on stdout (``🎯 EPISODE   1/16 |
Strategy: CURIOSITY``, ``📊 Reward:  -61.0 | Steps:  60 | Max Streak: 7``, checkpoint lines),
log lines on stderr (``Episode 1/16 started``, ``❌ Episode 1: FAILED (Short) | Reward: -61.0 |
Steps: 60``), a statistics block every 8 episodes and the final statistics. Here: a 6x6 grid
maze with walls, five numbered checkpoints and a goal stands in for the Godot robot simulation
(``🔗 Connected to Godot simulation!`` is still logged); curiosity exploration (epsilon plus a
count-based novelty bonus), 16 episodes of at most 60 moves; the model files are not written.

Truth: ``Reward`` of each episode twice, once from the stdout summary (at the episode of the
``EPISODE n COMPLETED`` line above it) and once from the stderr log line (at its episode);
``Average reward (last 50)`` and ``Success rate (last 50)`` (the printed percentage) of each
statistics block, ``avg_reward`` and ``success_rate`` of the final statistics, all without a step.
Optional: the header's epsilon and discovered states, steps, streaks, counts of states and checkpoints, ``max_reward``, the
checkpoint rates and progress.
"""

from enum import Enum

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


class MoveResult(Enum):
    MOVED = "moved"
    COLLISION = "collision"
    GOAL_REACHED = "goal_reached"
    TIMEOUT = "timeout"


def run() -> None:
    import logging

    import numpy as np

    np.random.seed(5)
    truth = Truth()

    print("Config file config.yaml not found, using defaults")
    config = {'agent': {'learning_rate': 0.12, 'discount_factor': 0.96},
              'strategy': {'name': 'curiosity', 'epsilon': 0.3},
              'environment': {'steps': 60},
              'training': {'episodes': 1000, 'model_path': 'models/q_agent.pkl'}}

    def cfg(path, default=None):
        value = config
        for key in path.split('.'):
            if isinstance(value, dict) and key in value:
                value = value[key]
            else:
                return default
        return value

    logger = logging.getLogger("q_learning")
    logger.setLevel(logging.INFO)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('%(asctime)s - %(levelname)s - %(message)s'))
    logger.addHandler(handler)

    walls = {(1, 1), (1, 2), (1, 3), (3, 2), (3, 3), (3, 4), (4, 1), (2, 5)}
    checkpoints = {(0, 3): 1, (2, 3): 2, (2, 0): 3, (4, 3): 4, (5, 4): 5}
    goal, max_steps = (5, 5), cfg('environment.steps')
    moves = [(-1, 0), (1, 0), (0, -1), (0, 1)]

    class Maze:
        def reset(self):
            self.pos, self.steps, self.streak, self.collisions = (0, 0), 0, 0, 0
            self.visited = set()
            return self.pos

        def reset_checkpoints(self):
            self.visited = set()

        def step(self, action):
            self.steps += 1
            r, c = self.pos[0] + moves[action][0], self.pos[1] + moves[action][1]
            checkpoint = None
            if not (0 <= r < 6 and 0 <= c < 6) or (r, c) in walls:
                result, reward = MoveResult.COLLISION, -5.0
                self.collisions += 1
                self.streak = 0
            else:
                self.pos = (r, c)
                self.streak += 1
                result, reward = MoveResult.MOVED, -1.0
                if self.pos in checkpoints and self.pos not in self.visited:
                    self.visited.add(self.pos)
                    checkpoint = checkpoints[self.pos]
                    reward += 10.0 * checkpoint
                if self.pos == goal:
                    result, reward = MoveResult.GOAL_REACHED, reward + 100.0
            done = result == MoveResult.GOAL_REACHED or self.steps >= max_steps
            if done and result != MoveResult.GOAL_REACHED:
                result = MoveResult.TIMEOUT
            return self.pos, reward, done, {
                'steps': self.steps, 'result': result, 'success_streak': self.streak,
                'checkpoint': checkpoint, 'total_collisions': self.collisions,
                'position': self.pos}

    class CuriosityStrategy:
        def __init__(self, epsilon, novelty_bonus):
            self.epsilon, self.novelty_bonus = epsilon, novelty_bonus
            self.seen = set()

        @property
        def info(self):
            return {'strategy': 'curiosity', 'epsilon': round(self.epsilon, 4),
                    'novelty_bonus': self.novelty_bonus, 'states_discovered': len(self.seen)}

        def choose_action(self, q_values, action_counts, state_info):
            self.seen.add(state_info['current_state'])
            if np.random.random() < self.epsilon:
                return int(np.random.randint(len(q_values)))
            return int(np.argmax(q_values + self.novelty_bonus / np.sqrt(1 + action_counts)))

        def update(self):
            self.epsilon = max(0.05, self.epsilon * 0.97)

    class QLearningAgent:
        def __init__(self, strategy):
            self.learning_rate = cfg('agent.learning_rate', 0.1)
            self.discount_factor = cfg('agent.discount_factor', 0.95)
            self.min_lr, self.lr_decay = 0.01, 0.995
            self.strategy = strategy
            self.q_table, self.action_counts, self.n_actions = {}, {}, 4
            self.episode_rewards, self.episode_steps, self.success_episodes = [], [], []

        def get_q_values(self, state):
            if state not in self.q_table:
                self.q_table[state] = np.random.uniform(0.1, 1.0, self.n_actions)
                self.action_counts[state] = np.zeros(self.n_actions)
            return self.q_table[state]

        def choose_action(self, state):
            q_values = self.get_q_values(state)
            action = self.strategy.choose_action(q_values, self.action_counts[state],
                                                 {'current_state': state})
            self.action_counts[state][action] += 1
            return action

        def update_q_value(self, state, action, reward, next_state, done):
            current_q = self.get_q_values(state)[action]
            target = reward if done else (reward + self.discount_factor
                                          * np.max(self.get_q_values(next_state)))
            self.q_table[state][action] += self.learning_rate * (target - current_q)

        def get_stats(self):
            return {'total_episodes': len(self.episode_rewards),
                    'states_explored': len(self.q_table),
                    'avg_reward': np.mean(self.episode_rewards),
                    'max_reward': np.max(self.episode_rewards),
                    'success_rate': sum(self.success_episodes) / len(self.success_episodes),
                    'strategy_info': self.strategy.info}

    logger.info("Movement Mode: FAST (Teleport)")
    strategy = CuriosityStrategy(epsilon=cfg('strategy.epsilon', 0.3), novelty_bonus=3.0)
    agent = QLearningAgent(strategy)
    environment = Maze()
    logger.info(f"Strategy initialized: {type(strategy).__name__}")
    logger.info(f"Strategy info: {strategy.info}")

    n_episodes, save_every = 16, 8
    logger.info("=" * 80)
    logger.info("🚀 STARTING TRAINING SESSION")
    logger.info("=" * 80)
    logger.info(f"Episodes: {n_episodes}")
    logger.info(f"Strategy: {cfg('strategy.name', 'unknown')}")
    logger.info(f"Model path: {cfg('training.model_path')}")
    logger.info("=" * 80)
    logger.info("🔗 Connected to Godot simulation!")
    stats = {'total_checkpoints': 0, 'unique_checkpoints': set(), 'checkpoint_episodes': 0}

    for episode in range(n_episodes):
        episode_num = episode + 1
        info_s = strategy.info
        header_line = "=" * 100
        print(f"\n{header_line}")
        print(f"🎯 EPISODE {episode_num:3d}/{n_episodes} | Strategy: {info_s['strategy'].upper()}")
        print(f"{header_line}")
        print(f"🧠 Curiosity Details: Base ε={info_s['epsilon']:.3f} | "
              f"States Discovered: {info_s['states_discovered']}")
        truth.allow(**{"Base ε": info_s['epsilon'], "States Discovered": info_s['states_discovered']})
        print(f"🎮 Starting position: (0.0, 0.0)")
        print(f"{'-' * 100}")
        logger.info(f"Episode {episode_num}/{n_episodes} started - Strategy: curiosity")

        state = environment.reset()
        total_reward, done, max_streak, episode_checkpoints = 0, False, 0, []
        while not done:
            action = agent.choose_action(state)
            next_state, reward, done, info = environment.step(action)
            if info.get('checkpoint') is not None:
                episode_checkpoints.append(info['checkpoint'])
                stats['total_checkpoints'] += 1
                stats['unique_checkpoints'].add(info['checkpoint'])
            agent.update_q_value(state, action, reward, next_state, done)
            total_reward += reward
            state = next_state
            max_streak = max(max_streak, info['success_streak'])
        steps_taken = info['steps']
        agent.episode_rewards.append(total_reward)
        agent.episode_steps.append(steps_taken)
        success = info['result'] == MoveResult.GOAL_REACHED
        agent.success_episodes.append(success)
        if episode_checkpoints:
            stats['checkpoint_episodes'] += 1
        environment.reset_checkpoints()
        strategy.update()
        agent.learning_rate = max(agent.min_lr, agent.learning_rate * agent.lr_decay)

        if success:
            symbol, status = "🏆", "GOAL REACHED"
        elif episode_checkpoints:
            symbol, status = "🔶", "CHECKPOINTS (Short)"
        else:
            symbol, status = "❌", "FAILED (Short)"
        summary_line = "-" * 100
        print(f"{summary_line}")
        print(f"{symbol} EPISODE {episode_num} COMPLETED | Status: {status}")
        print(f"📊 Reward: {total_reward:6.1f} | Steps: {steps_taken:3d} | Max Streak: {max_streak}")
        truth.add(at=episode_num, Reward=total_reward)
        truth.allow(Steps=steps_taken, **{"Max Streak": max_streak})
        if episode_checkpoints:
            print(f"📍 Checkpoints: {episode_checkpoints} (unique: {len(set(episode_checkpoints))})")
            truth.allow(unique=len(set(episode_checkpoints)))
        indicators = []
        if episode_checkpoints:
            indicators.append(f"📍 {len(set(episode_checkpoints))} Checkpoints")
        if max_streak >= 30:
            indicators.append(f"🔥 {max_streak} Streak")
        if info['total_collisions'] <= 40:
            indicators.append("🛡️ Low Collisions")
        if indicators:
            print(f"🎯 Performance: {' | '.join(indicators)}")
        print(f"{summary_line}\n")
        logger.info(f"{symbol} Episode {episode_num}: {status} | "
                    f"Reward: {total_reward:.1f} | Steps: {steps_taken}")
        truth.add(at=episode_num, Reward=total_reward)
        truth.allow(Steps=steps_taken)

        if episode_num % save_every == 0:
            recent_rewards = agent.episode_rewards[-50:]
            recent_steps = agent.episode_steps[-50:]
            recent_success = agent.success_episodes[-50:]
            rate = sum(recent_success) / len(recent_success)
            print("\n" + "=" * 80)
            print("📊 TRAINING STATISTICS")
            print("=" * 80)
            logger.info(f"Episodes completed: {episode_num}")
            logger.info(f"Average reward (last 50): {np.mean(recent_rewards):.2f}")
            logger.info(f"Average steps (last 50): {np.mean(recent_steps):.1f}")
            logger.info(f"Success rate (last 50): {rate:.1%}")
            logger.info(f"States explored: {len(agent.q_table)}")
            truth.add(**{"Average reward (last 50)": np.mean(recent_rewards),
                         "Success rate (last 50)": 100 * rate})
            truth.allow(**{"Average steps (last 50)": np.mean(recent_steps),
                           "States explored": len(agent.q_table)})
            print("\n📍 CHECKPOINT STATISTICS")
            print("-" * 40)
            logger.info(f"Total checkpoints reached: {stats['total_checkpoints']}")
            logger.info(f"Unique checkpoints discovered: {len(stats['unique_checkpoints'])}")
            logger.info(f"Episodes with checkpoints: {stats['checkpoint_episodes']}/{episode_num}")
            truth.allow(**{"Total checkpoints reached": stats['total_checkpoints'],
                           "Unique checkpoints discovered": len(stats['unique_checkpoints']),
                           "Episodes with checkpoints": stats['checkpoint_episodes']})
            if stats['unique_checkpoints']:
                logger.info(f"Checkpoint values found: {sorted(stats['unique_checkpoints'])}")
            print("=" * 80 + "\n")

    logger.info("✅ Training completed!")
    final = agent.get_stats()
    logger.info("=== FINAL TRAINING STATISTICS ===")
    for key, value in final.items():
        logger.info(f"  {key}: {value}")
    truth.add(avg_reward=final['avg_reward'], success_rate=final['success_rate'])
    truth.allow(total_episodes=final['total_episodes'], states_explored=final['states_explored'],
                max_reward=final['max_reward'])
    logger.info("=== FINAL CHECKPOINT ANALYSIS ===")
    discovery = len(stats['unique_checkpoints']) / n_episodes
    frequency = stats['total_checkpoints'] / n_episodes
    logger.info(f"  Checkpoint discovery rate: {discovery:.3f} unique/episode")
    logger.info(f"  Checkpoint frequency: {frequency:.3f} checkpoints/episode")
    truth.allow(**{"Checkpoint discovery rate": discovery, "Checkpoint frequency": frequency})
    if stats['unique_checkpoints']:
        progress = len(stats['unique_checkpoints']) / 5 * 100
        logger.info(f"  Best checkpoint reached: {max(stats['unique_checkpoints'])}")
        logger.info(f"  Maze progress: {progress:.1f}% (checkpoints discovered)")
        truth.allow(**{"Best checkpoint reached": max(stats['unique_checkpoints']),
                       "Maze progress": progress})
    truth.write("the trainer's episode rewards and statistics", rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"mazeq": run}, root=HELDOUT53)
