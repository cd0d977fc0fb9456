"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Reinforcement learning with MushroomRL, following its examples: its ``Logger`` (console
logging through tqdm's ``write``, ``strong_line``/``weak_line``, ``info`` and
``epoch_info(epoch, **values)`` lines, ``Epoch 3 | J: 0.61 R: 1.0``), with ``Core.learn`` and
``Core.evaluate`` drawing their tqdm bars (``leave=False``: redrawn and erased on a terminal;
printed by tqdm on a pipe too). Two experiments: tabular Q-learning on MushroomRL's
``GridWorld`` (epsilon-greedy, 10 epochs of 1000 steps, evaluated on 20 episodes each) and DQN
on its ``CartPole`` (a 2-layer torch network, 6 epochs of 1000 steps), whose epochs log the
values of ``compute_metrics`` the way its Atari example names them.

Truth: the values the script computed with MushroomRL's own dataset functions on the
datasets ``Core.evaluate`` returned, and handed to ``epoch_info``: ``J`` (the mean of
``compute_J(dataset, gamma)``), ``R`` (the mean of ``compute_J(dataset)``), ``epsilon`` (the
policy's exploration parameter), ``min_reward``, ``max_reward``, ``mean_reward``,
``median_reward`` (``compute_metrics``), at the ``Epoch`` the line states (0 = before
learning; restarting with the second experiment). Optional: ``games_completed`` (a count).
Judgement: the progress bars carry no metric (counts and rates only), so they are in neither
map; the logged ``Experiment Algorithm: DQN`` and environment lines are text; the settings
logged as ``info`` lines are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"seed": 2, "gamma": 0.9, "grid_epochs": 10, "grid_steps": 1000,
            "grid_eval_episodes": 20, "epsilon": 0.1, "learning_rate": 0.2,
            "dqn_epochs": 6, "dqn_steps": 1000, "dqn_eval_episodes": 3, "dqn_lr": 0.001,
            "batch_size": 32, "target_update_frequency": 100}


def run() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from mushroom_rl.algorithms.value import DQN, QLearning
    from mushroom_rl.approximators.parametric import TorchApproximator
    from mushroom_rl.core import Core, Logger
    from mushroom_rl.environments import CartPole, GridWorld
    from mushroom_rl.policy import EpsGreedy
    from mushroom_rl.utils.dataset import compute_J, compute_metrics
    from mushroom_rl.utils.parameters import LinearParameter, Parameter

    s = SETTINGS
    np.random.seed(s["seed"])
    torch.manual_seed(s["seed"])
    truth = Truth()
    logger = Logger("heldout12", results_dir=None)
    logger.strong_line()
    logger.info("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()))

    # tabular Q-learning on a grid
    logger.strong_line()
    logger.info("Experiment Algorithm: " + QLearning.__name__)
    logger.info("Environment: GridWorld 4x4, goal (3, 3)")
    mdp = GridWorld(height=4, width=4, goal=(3, 3), start=(0, 0))
    mdp.info.gamma = s["gamma"]
    epsilon = Parameter(s["epsilon"])
    policy = EpsGreedy(epsilon)
    agent = QLearning(mdp.info, policy, Parameter(s["learning_rate"]))
    core = Core(agent, mdp)

    def grid_epoch(epoch):
        policy.set_epsilon(Parameter(0.0))
        dataset = core.evaluate(n_episodes=s["grid_eval_episodes"])
        policy.set_epsilon(epsilon)
        J = np.mean(compute_J(dataset, mdp.info.gamma))
        R = np.mean(compute_J(dataset))
        logger.epoch_info(epoch, J=J, R=R, epsilon=epsilon.get_value())
        truth.add(epoch, J=J, R=R, epsilon=epsilon.get_value())

    grid_epoch(0)
    for epoch in range(1, s["grid_epochs"] + 1):
        core.learn(n_steps=s["grid_steps"], n_steps_per_fit=1)
        grid_epoch(epoch)

    # DQN on the cart-pole
    class Network(torch.nn.Module):
        def __init__(self, input_shape, output_shape, n_features=32, **kwargs):
            super().__init__()
            self.h1 = torch.nn.Linear(input_shape[-1], n_features)
            self.h2 = torch.nn.Linear(n_features, n_features)
            self.out = torch.nn.Linear(n_features, output_shape[0])

        def forward(self, state, action=None):
            q = self.out(F.relu(self.h2(F.relu(self.h1(state.float())))))
            if action is None:
                return q
            return torch.squeeze(q.gather(1, action.long()))

    logger.strong_line()
    logger.info("Experiment Algorithm: " + DQN.__name__)
    logger.info("Environment: CartPole (MushroomRL's own, 3 actions)")
    mdp = CartPole()
    train_eps = LinearParameter(1.0, 0.05, n=s["dqn_epochs"] * s["dqn_steps"] // 2)
    policy = EpsGreedy(train_eps)
    approximator_params = dict(network=Network, input_shape=mdp.info.observation_space.shape,
                               output_shape=(mdp.info.action_space.n,),
                               n_actions=mdp.info.action_space.n, n_features=32,
                               optimizer={"class": torch.optim.Adam,
                                          "params": {"lr": s["dqn_lr"]}},
                               loss=F.smooth_l1_loss)
    agent = DQN(mdp.info, policy, TorchApproximator, approximator_params=approximator_params,
                batch_size=s["batch_size"], target_update_frequency=s["target_update_frequency"],
                initial_replay_size=200, max_replay_size=5000)
    core = Core(agent, mdp)

    def dqn_epoch(epoch):
        policy.set_epsilon(Parameter(0.0))
        dataset = core.evaluate(n_episodes=s["dqn_eval_episodes"])
        policy.set_epsilon(train_eps)
        low, high, mean, median, games = compute_metrics(dataset, mdp.info.gamma)
        logger.epoch_info(epoch, min_reward=low, max_reward=high, mean_reward=mean,
                          median_reward=median, games_completed=games)
        truth.add(epoch, min_reward=low, max_reward=high, mean_reward=mean,
                  median_reward=median)
        truth.allow(games_completed=games)

    logger.weak_line()
    dqn_epoch(0)
    for epoch in range(1, s["dqn_epochs"] + 1):
        core.learn(n_steps=s["dqn_steps"], n_steps_per_fit=1)
        dqn_epoch(epoch)
    logger.strong_line()
    truth.write("MushroomRL compute_J / compute_metrics on Core.evaluate's datasets, handed to "
                "Logger.epoch_info (J, R, epsilon; min/max/mean/median_reward) at the logged "
                "Epoch; games_completed optional; settings = params",
                libraries=("mushroom-rl", "torch", "numpy", "tqdm"), params=s,
                rel=1e-6, abs_tol=1e-9)  # str() of the values: every digit


if __name__ == "__main__":
    main(__file__, {"mushroom-rl": run}, root=HELDOUT12)
