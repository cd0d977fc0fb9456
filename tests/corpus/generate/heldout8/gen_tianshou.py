"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

Tianshou 2 (a PyTorch reinforcement-learning library) training DQN on gymnasium's CartPole
with its procedural API (``DiscreteQLearningPolicy``, ``DQN``, ``Collector``,
``OffPolicyTrainerParams``, ``algorithm.run_training``), four vectorised environments, three
short epochs. The script prints its configuration first (``config: {...}``); Tianshou prints
``Initial test step: test_reward: 9.200000 ± 0.871780, best_reward: ... in #0`` and, after each
epoch, ``Epoch #1: test_reward: ... ± ..., best_reward: ... ± ... in #1`` on stdout, and draws
an ``Epoch #1`` tqdm bar per epoch on stderr whose postfix holds ``env_episode``,
``env_step``, ``len``, ``n_ep``, ``n_st``, ``rew`` and ``update_step``; at the end the script
prints the ``InfoStats`` that ``run_training`` returns (its repr, with a nested
``TimingStats``).

Truth: the bar states Tianshou drew: wrappers around tqdm's ``set_postfix`` and ``display``
record the dict Tianshou handed the bar at each draw (read from the bar, not the text; a
redraw of an unchanged dict once, as the development half's tqdm fixture keeps it):
``rew`` (mean return of the episodes finished in that collection step) a point, ``len``
(their mean length) optional, both at the epoch of the bar's ``Epoch #N`` (the step); the
counters ``env_episode``, ``env_step``, ``n_ep``, ``n_st``, ``update_step`` optional. The
test lines: a wrapper around the trainer's ``_test_step`` reads the test collector's
``returns_stat`` (``test_reward`` a point, its ``±`` spread optional as ``test_reward_std``)
and the trainer's best reward after it (``best_reward`` a point, its spread optional, the
best epoch ``in #N`` optional), at the epoch (no step for the initial test). The returned
``InfoStats``: ``best_score`` and ``best_reward`` points, ``best_reward_std`` optional, its
counts optional, its ``TimingStats`` in neither map. The configuration is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main

COUNTERS = ("env_episode", "env_step", "n_ep", "n_st", "update_step")


def run() -> None:
    import tqdm.std

    truth = Truth()
    set_postfix, display = tqdm.std.tqdm.set_postfix, tqdm.std.tqdm.display

    def recording_set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        self._h8_postfix = {**(ordered_dict or {}), **kwargs}
        return set_postfix(self, ordered_dict, refresh, **kwargs)

    def recording_display(self, *args, **kwargs):
        post = getattr(self, "_h8_postfix", None)
        # a redraw of an unchanged postfix is one state (the dev tqdm fixture's convention)
        changed = (str(self.desc), post) != getattr(self, "_h8_shown", None)
        self._h8_shown = (str(self.desc), dict(post or {}))
        if post and str(self.desc).startswith("Epoch #"):
            epoch = int(str(self.desc).split("#")[1].split(":")[0])
            if "rew" in post and changed:
                truth.add(epoch, rew=float(post["rew"]))
            if "len" in post:
                truth.allow(len=float(post["len"]))
            truth.allow(**{k: float(post[k]) for k in COUNTERS if k in post})
        return display(self, *args, **kwargs)

    tqdm.std.tqdm.set_postfix = recording_set_postfix
    tqdm.std.tqdm.display = recording_display

    import gymnasium as gym
    import torch
    from tianshou.algorithm import DQN
    from tianshou.algorithm.modelfree.dqn import DiscreteQLearningPolicy
    from tianshou.algorithm.optim import AdamOptimizerFactory
    from tianshou.data import CollectStats, Collector, VectorReplayBuffer
    from tianshou.env import DummyVectorEnv
    from tianshou.trainer import OffPolicyTrainer, OffPolicyTrainerParams
    from tianshou.utils.net.common import Net

    test_step = OffPolicyTrainer._test_step

    def recording_test_step(self, *args, **kwargs):
        collected = []
        collect = self.params.test_collector.collect

        def recording_collect(*a, **kw):
            stats = collect(*a, **kw)
            collected.append(stats)
            return stats

        self.params.test_collector.collect = recording_collect
        try:
            result = test_step(self, *args, **kwargs)
        finally:
            self.params.test_collector.collect = collect
        stats = collected[-1].returns_stat
        at = self._epoch if self._epoch > 0 else None
        truth.add(at, test_reward=stats.mean, best_reward=self._best_reward)
        truth.allow(test_reward_std=stats.std, best_reward_std=self._best_reward_std,
                    **{"in #": self._best_epoch})
        return result

    OffPolicyTrainer._test_step = recording_test_step

    config = {"task": "CartPole-v1", "seed": 0, "lr": 0.001, "gamma": 0.9, "n_step": 3,
              "target_update_freq": 320, "eps_train": 0.1, "eps_test": 0.05,
              "buffer_size": 20000, "hidden_sizes": [64, 64], "num_envs": 4, "epochs": 3,
              "epoch_num_steps": 1000, "collection_step_num_env_steps": 40,
              "update_per_step": 0.25, "batch_size": 64, "num_test_episodes": 10}
    print(f"config: {config}", flush=True)
    torch.manual_seed(config["seed"])
    env = gym.make(config["task"])
    train_envs = DummyVectorEnv([lambda: gym.make(config["task"])
                                 for _ in range(config["num_envs"])])
    test_envs = DummyVectorEnv([lambda: gym.make(config["task"])
                                for _ in range(config["num_envs"])])
    train_envs.seed(config["seed"])
    test_envs.seed(config["seed"] + 100)
    net = Net(state_shape=env.observation_space.shape, action_shape=env.action_space.n,
              hidden_sizes=config["hidden_sizes"])
    policy = DiscreteQLearningPolicy(model=net, action_space=env.action_space,
                                     eps_training=config["eps_train"],
                                     eps_inference=config["eps_test"])
    algorithm = DQN(policy=policy, optim=AdamOptimizerFactory(lr=config["lr"]),
                    gamma=config["gamma"], n_step_return_horizon=config["n_step"],
                    target_update_freq=config["target_update_freq"])
    train_collector = Collector[CollectStats](
        algorithm, train_envs, VectorReplayBuffer(config["buffer_size"], config["num_envs"]),
        exploration_noise=True)
    test_collector = Collector[CollectStats](algorithm, test_envs, exploration_noise=True)
    train_collector.reset()
    train_collector.collect(n_step=config["batch_size"] * config["num_envs"], random=True)
    result = algorithm.run_training(OffPolicyTrainerParams(
        training_collector=train_collector, test_collector=test_collector,
        max_epochs=config["epochs"], epoch_num_steps=config["epoch_num_steps"],
        collection_step_num_env_steps=config["collection_step_num_env_steps"],
        test_step_num_episodes=config["num_test_episodes"], batch_size=config["batch_size"],
        update_step_num_gradient_steps_per_sample=config["update_per_step"],
        stop_fn=lambda mean_rewards: mean_rewards >= 195))
    sys.stderr.flush()
    print(result, flush=True)
    truth.add(best_score=result.best_score, best_reward=result.best_reward)
    truth.allow(best_reward_std=result.best_reward_std, update_step=result.update_step,
                train_step=result.train_step, train_episode=float(result.train_episode),
                test_step=result.test_step, test_episode=float(result.test_episode))
    truth.write("tqdm states Tianshou drew (set_postfix dicts at each display: rew at the "
                "epoch, a redraw of an unchanged dict once, len and counters optional); test "
                "collector returns_stat and the trainer's best reward after each _test_step, at "
                "the epoch; InfoStats' best_score/best_reward (counts optional, timings in neither map); "
                "config = params",
                libraries=("tianshou", "torch", "gymnasium"), params=config,
                rel=1e-5, abs_tol=5.1e-3)  # rew with 2 decimals; test lines with 6


if __name__ == "__main__":
    main(__file__, {"tianshou": run}, root=HELDOUT8)
