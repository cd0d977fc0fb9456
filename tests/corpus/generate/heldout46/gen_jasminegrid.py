"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A random agent run through a copy of jasminenoack/Reinforcement-Learning
``gridworld/runner.py`` (``Runner.run_episodes`` and ``analyze_results``), whose ``__main__``
prints the analysis of 10 episodes with Rich's ``console.print(label, value)``: ``Analysis of
10 episodes:``, ``Average Reward: ...``, ``Max Reward``, ``Min Reward``, ``Average Steps``,
``Max Steps``, ``Min Steps``, ``Reached Goal Count``, ``Reached Goal Percentage``. Rich is not
in the corpus environment: ``print`` stands in (Rich joins the arguments with a space too; its
number highlighting on a terminal is not reproduced). Here: our 6x6 grid with the goal in the
far corner, reward -1 a step and +10 at the goal, episodes cut at 60 steps.

Truth: ``Average Reward``, ``Max Reward``, ``Min Reward`` and ``Reached Goal Percentage`` (no
step); the step statistics and the goal count are counts, optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import random

    random.seed(37)

    class GridWorldEnv:
        def __init__(self, size=6, max_steps=60):
            self.size, self.max_steps = size, max_steps

        def reset(self):
            self.pos, self.t, self.total_reward, self.done, self.goal = (0, 0), 0, 0, False, False

        def step(self, action):
            dr, dc = [(-1, 0), (0, 1), (1, 0), (0, -1)][action]
            r = min(max(self.pos[0] + dr, 0), self.size - 1)
            c = min(max(self.pos[1] + dc, 0), self.size - 1)
            self.pos, self.t = (r, c), self.t + 1
            reward = -1
            if self.pos == (self.size - 1, self.size - 1):
                reward, self.goal, self.done = 10, True, True
            elif self.t >= self.max_steps:
                self.done = True
            self.total_reward += reward
            return self.pos, reward, self.done

    env = GridWorldEnv()
    results = []
    for _ in range(10):
        env.reset()
        steps = 0
        while not env.done:
            env.step(random.randrange(4))
            steps += 1
        results.append({"total_reward": env.total_reward, "steps": steps, "reached_goal": env.goal})
    total_rewards = [r["total_reward"] for r in results]
    analysis = {
        "reward": {"average": sum(total_rewards) / len(total_rewards),
                   "max": max(total_rewards), "min": min(total_rewards)},
        "steps": {"average": sum(r["steps"] for r in results) / len(results),
                  "max": max(r["steps"] for r in results), "min": min(r["steps"] for r in results)},
        "reached_goal": {"count": sum(r["reached_goal"] for r in results)},
    }
    print("Analysis of 10 episodes:")
    print("Average Reward:", analysis["reward"]["average"])
    print("Max Reward:", analysis["reward"]["max"])
    print("Min Reward:", analysis["reward"]["min"])
    print("Average Steps:", analysis["steps"]["average"])
    print("Max Steps:", analysis["steps"]["max"])
    print("Min Steps:", analysis["steps"]["min"])
    print("Reached Goal Count:", analysis["reached_goal"]["count"])
    pct = analysis["reached_goal"]["count"] / 10 * 100
    print("Reached Goal Percentage:", pct)
    truth = Truth()
    truth.add(**{"Average Reward": analysis["reward"]["average"],
                 "Max Reward": analysis["reward"]["max"], "Min Reward": analysis["reward"]["min"],
                 "Reached Goal Percentage": pct})
    truth.allow(**{"Average Steps": analysis["steps"]["average"],
                   "Max Steps": analysis["steps"]["max"], "Min Steps": analysis["steps"]["min"],
                   "Reached Goal Count": analysis["reached_goal"]["count"]})
    truth.write("the runner's analysis dictionary", rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"jasminegrid": run}, root=HELDOUT46)
