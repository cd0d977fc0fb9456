"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A single-file reinforcement-learning script in the style of CleanRL (its PPO and DQN scripts
print exactly this and log everything else to TensorBoard): an advantage actor-critic on
Gymnasium's ``CartPole-v1`` with 4 synchronous environments wrapped in
``RecordEpisodeStatistics``, 128-step rollouts, 3072 steps in all:

* ``global_step=96, episodic_return=24.0`` whenever an environment finishes an episode
  (``global_step`` counts environment steps over all 4 environments);
* ``SPS: 1432`` (steps per second) after each update.

Truth: ``infos["episode"]["r"]`` of the environments that finished (``infos["_episode"]``):
Gymnasium's ``RecordEpisodeStatistics`` wrapper's own record of each episode's return, as
``episodic_return``, step = ``global_step`` as printed. ``SPS``, the value printed, no step:
a speed on its own line is a result (RATE_WORDS, as ``train_steps_per_second`` is).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

NUM_ENVS, NUM_STEPS, TOTAL_TIMESTEPS, SEED = 4, 128, 3072, 1


def make_agent():
    import torch

    class Agent(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.body = torch.nn.Sequential(torch.nn.Linear(4, 64), torch.nn.Tanh())
            self.actor = torch.nn.Linear(64, 2)
            self.critic = torch.nn.Linear(64, 1)

        def forward(self, obs):
            h = self.body(obs)
            return torch.distributions.Categorical(logits=self.actor(h)), self.critic(h)[:, 0]

    return Agent()


def train() -> None:
    import time

    import gymnasium as gym
    import numpy as np
    import torch

    truth = Truth()
    torch.manual_seed(SEED)
    envs = gym.vector.SyncVectorEnv(
        [lambda: gym.wrappers.RecordEpisodeStatistics(gym.make("CartPole-v1"))
         for _ in range(NUM_ENVS)])
    agent = make_agent()
    optimizer = torch.optim.Adam(agent.parameters(), lr=2.5e-3)
    obs, _ = envs.reset(seed=SEED)
    global_step, start_time = 0, time.time()
    for _update in range(TOTAL_TIMESTEPS // (NUM_ENVS * NUM_STEPS)):
        log_probs, values, rewards, dones = [], [], [], []
        for _ in range(NUM_STEPS):
            global_step += NUM_ENVS
            dist, value = agent(torch.as_tensor(obs, dtype=torch.float32))
            action = dist.sample()
            obs, reward, terminated, truncated, infos = envs.step(action.numpy())
            log_probs.append(dist.log_prob(action))
            values.append(value)
            rewards.append(torch.as_tensor(reward, dtype=torch.float32))
            dones.append(torch.as_tensor(terminated | truncated, dtype=torch.float32))
            if "episode" in infos:
                for idx in np.flatnonzero(infos["_episode"]):
                    episodic_return = infos["episode"]["r"][idx]
                    print(f"global_step={global_step}, episodic_return={episodic_return}")
                    truth.add(global_step, episodic_return=episodic_return)
        with torch.no_grad():
            _, next_value = agent(torch.as_tensor(obs, dtype=torch.float32))
        returns, running = [], next_value
        for reward, done in zip(reversed(rewards), reversed(dones)):
            running = reward + 0.99 * running * (1 - done)
            returns.append(running)
        returns = torch.stack(returns[::-1])
        values, log_probs = torch.stack(values), torch.stack(log_probs)
        advantages = returns - values
        loss = -(log_probs * advantages.detach()).mean() + 0.5 * advantages.pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        sps = int(global_step / (time.time() - start_time))
        print("SPS:", sps)
        truth.add(SPS=sps)
    envs.close()
    truth.write("infos['episode']['r'] of the environments that finished "
                "(RecordEpisodeStatistics), as episodic_return at the printed global_step; "
                "SPS as printed, no step",
                libraries=("gymnasium", "torch"), rel=1e-6, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"cleanrl": train}, root=HELDOUT3)
