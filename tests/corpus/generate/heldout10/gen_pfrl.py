"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Deep reinforcement learning with PFRL (PyTorch's port of ChainerRL), as its quick-start
notebook and ``examples/gym/train_dqn_gym.py`` write it: ``logging.basicConfig(level=INFO)``
(records on stderr as ``INFO:pfrl.experiments.train_agent:...``), a Double DQN with a small
fully connected Q-function on CartPole (Gymnasium's, behind a four-line adapter to the old
``reset``/``step`` interface PFRL expects), trained by
``pfrl.experiments.train_agent_with_evaluation`` for 2000 steps with three evaluation episodes
every 500. PFRL logs one record per training episode (``outdir:/tmp/... step:204 episode:6
R:63.0``) and the agent's statistics after it (``statistics:[('average_q',
np.float32(0.177)), ('average_loss', np.float64(0.4957)), ('cumulative_steps', 204),
('n_updates', 5), ('rlen', 204)]``), per evaluation episode ``evaluation episode 0 length:86
R:86.0``, ``The best score is updated 9.67 -> 153.0`` and ``Saved the agent to ...``.
Importing PFRL imports the old ``gym``, which prints its own deprecation notice on stderr.
After training the script runs ``pfrl.experiments.eval_performance`` and prints its mean,
median and standard deviation.

Truth: the values PFRL handed its log records: a wrapper of the agent's ``get_statistics``
keeps what it returns when the training loop calls it (``average_q``, ``average_loss``:
points with no step, ``nan`` before the first update; ``cumulative_steps``, ``n_updates``,
``rlen`` optional counts), the environment adapter keeps each episode's return as the
environment handed its rewards to PFRL (``R`` at the ``step`` the record states;
``episode`` optional) and, for the evaluation environment, each finished episode's return and
length, for the training's evaluations and ``eval_performance``'s alike (``evaluation
episode ...`` is phase-led: ``eval/R``, no step, ``eval/length``
optional). An evaluation hook receives PFRL's ``eval_stats`` (the ``mean`` is the new best
score in ``The best score is updated``, a point under ``best score``; the old best
optional). The script's closing line from ``eval_performance``'s returned dict. The agent and
run settings printed first are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"steps": 2000, "eval_interval": 500, "eval_n_episodes": 3, "max_episode_len": 200,
            "gamma": 0.99, "lr": 0.001, "replay_start_size": 200, "target_update_interval": 100,
            "minibatch_size": 32, "seed": 0}


class Adapter:
    """Gymnasium's five-value step as the four-value one PFRL's loops expect; keeps the
    current episode's return and length, and calls `on_end` when an episode ends."""

    def __init__(self, env, rng, on_end=None):
        self.env, self.rng, self.on_end = env, rng, on_end
        self.observation_space, self.action_space = env.observation_space, env.action_space
        self.episode_return, self.episode_len, self.total_steps = 0.0, 0, 0

    def reset(self):
        self.episode_return, self.episode_len = 0.0, 0
        obs, _ = self.env.reset(seed=int(self.rng.integers(10**6)))
        return obs.astype("float32")

    def step(self, action):
        obs, reward, terminated, truncated, info = self.env.step(int(action))
        self.episode_return += reward
        self.episode_len += 1
        self.total_steps += 1
        if (terminated or truncated) and self.on_end:
            self.on_end(self)
        return obs.astype("float32"), reward, terminated, dict(info, needs_reset=truncated)

    def close(self):
        self.env.close()


def run() -> None:
    import logging
    import shutil
    import tempfile

    import gymnasium
    import numpy as np
    import torch

    import pfrl
    from pfrl import experiments, explorers, q_functions, replay_buffers
    from pfrl.experiments.evaluation_hooks import EvaluationHook

    logging.basicConfig(level=logging.INFO)
    s = SETTINGS
    truth = Truth()
    pfrl.utils.set_random_seed(s["seed"])
    torch.set_num_threads(1)
    rng = np.random.default_rng(s["seed"])
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)

    def make(on_end=None):
        return Adapter(gymnasium.make("CartPole-v1", max_episode_steps=s["max_episode_len"]),
                       rng, on_end)

    def evaluation_episode(env):
        truth.add(**{"eval/R": env.episode_return})
        truth.allow(**{"eval/length": env.episode_len})

    env, eval_env = make(), make(evaluation_episode)
    q_func = q_functions.FCStateQFunctionWithDiscreteAction(4, 2, n_hidden_channels=32,
                                                            n_hidden_layers=2)
    explorer = explorers.LinearDecayEpsilonGreedy(1.0, 0.1, 1000,
                                                  lambda: int(rng.integers(2)))
    agent = pfrl.agents.DoubleDQN(
        q_func, torch.optim.Adam(q_func.parameters(), s["lr"]),
        replay_buffers.ReplayBuffer(10000), s["gamma"], explorer,
        replay_start_size=s["replay_start_size"], update_interval=1,
        target_update_interval=s["target_update_interval"], phi=lambda x: x,
        minibatch_size=s["minibatch_size"])
    get_statistics = agent.get_statistics
    episodes = iter(range(10**6))
    recorded = set()  # the steps whose episode record was kept

    def recording_get_statistics():
        stats = get_statistics()
        # the episode record's call; train_agent calls again for an evaluation's hooks at the
        # same step (agent_stats), which prints no record: that call is no point
        if sys._getframe(1).f_code.co_name == "train_agent" and env.total_steps not in recorded:
            recorded.add(env.total_steps)
            truth.add(env.total_steps, R=env.episode_return)
            truth.allow(episode=next(episodes))
            values = dict(stats)
            truth.add(average_q=values["average_q"], average_loss=values["average_loss"])
            truth.allow(cumulative_steps=values["cumulative_steps"],
                        n_updates=values["n_updates"], rlen=values["rlen"])
        return stats

    agent.get_statistics = recording_get_statistics
    outdir = Path(tempfile.gettempdir()) / "pfrl-cartpole-dqn"  # a fixed name, as a user's
    shutil.rmtree(outdir, ignore_errors=True)
    best = {"score": None}

    class RecordBest(EvaluationHook):
        support_train_agent = True
        support_train_agent_batch = False
        support_train_agent_async = False

        def __call__(self, env, agent, evaluator, step, eval_stats, agent_stats, env_stats):
            if best["score"] is None or eval_stats["mean"] > best["score"]:
                truth.add(**{"best score": eval_stats["mean"]})
                truth.allow(**{"best score": evaluator.max_score})
                best["score"] = eval_stats["mean"]

    experiments.train_agent_with_evaluation(
        agent=agent, env=env, eval_env=eval_env, steps=s["steps"], eval_n_steps=None,
        eval_n_episodes=s["eval_n_episodes"], eval_interval=s["eval_interval"],
        outdir=str(outdir),
        evaluation_hooks=[RecordBest()], train_max_episode_len=s["max_episode_len"],
        eval_max_episode_len=s["max_episode_len"])
    sys.stderr.flush()
    stats = experiments.eval_performance(env=eval_env, agent=agent, n_steps=None,
                                         n_episodes=5, max_episode_len=s["max_episode_len"])
    print(f"final evaluation over {stats['episodes']} episodes: mean {stats['mean']:.2f}, "
          f"median {stats['median']:.2f}, stdev {stats['stdev']:.2f}", flush=True)
    truth.add(mean=stats["mean"], median=stats["median"], stdev=stats["stdev"])
    truth.write("pfrl: the agent's get_statistics as the training loop logged it, the "
                "environment adapter's episode returns (R at the record's step, eval/R), the "
                "evaluation hook's eval_stats mean for the best score, eval_performance's "
                "dict; counts optional; settings = params",
                libraries=("pfrl", "torch", "gymnasium", "numpy"), params=s,
                rel=1e-6, abs_tol=5.1e-3)  # repr'd values; the script's two decimals


if __name__ == "__main__":
    main(__file__, {"pfrl": run}, root=HELDOUT10)
