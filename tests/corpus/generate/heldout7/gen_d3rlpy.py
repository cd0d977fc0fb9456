"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

d3rlpy (offline reinforcement learning) training a discrete CQL agent on a CartPole dataset
the script collects with a random policy, with a TD-error and an environment evaluator:

* stdout, d3rlpy's ``structlog`` records (coloured on a terminal): ``2026-12-05 06:55.41
  [info     ] Signatures have been automatically determined. action_signature=Signature(...)``,
  ``dataset info  dataset_info=DatasetInfo(...)``, ``[debug    ] Building models...``,
  ``Parameters  params={'observation_shape': [4], 'action_size': 2, 'config': {'type':
  'discrete_cql', 'params': {'batch_size': 32, 'gamma': 0.99, ...}}}``, then one record per
  epoch: ``cql: epoch=1 step=150  epoch=1 metrics={'time_sample_batch': 0.0009,
  'time_algorithm_update': 0.0063, 'loss': 0.7137, 'td_loss': 0.0204, 'conservative_loss':
  0.6933, 'time_step': 0.0073, 'td_error': 1.0000, 'environment': 9.67} step=150``, and
  ``Model parameters are saved to .../model_300.d3``;
* stderr, a tqdm bar per epoch whose postfix d3rlpy sets every 10 updates with the epoch's
  running means: ``Epoch 2/3:  45%|████▌  | 90/150 [00:00<00:00, 160.2it/s, loss=0.693,
  td_loss=0.00492, conservative_loss=0.688]``; gym's deprecation notice;
* stdout, the script's own ``final: td_error=0.9612 environment=11.33 after 3 epochs``.

Truth: what ``fit`` yields, ``(epoch, metrics)`` per epoch: ``loss``, ``td_loss``,
``conservative_loss``, ``td_error``, ``environment`` and the record's ``epoch`` at the record's
``step=150`` (it counts updates, the finest counter: a record holding both is stepped by its
``step``, as the jsonl and logging fixtures are); ``time_*`` in neither map (timings); the bar's
states, the dicts d3rlpy handed ``set_postfix`` (read through a ``tqdm`` subclass put in the
module's place, consecutive equal dicts once), under the same names at the bar's epoch
(``Epoch 2/3``). Params: d3rlpy's own ``params.json`` (the dict the ``Parameters`` record
prints), flattened, and the script's collection settings.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def flatten(value, prefix=""):
    """A nested dict as ``a.b.c → value`` pairs (lists as their string)."""
    if isinstance(value, dict):
        out = {}
        for key, inner in value.items():
            out.update(flatten(inner, f"{prefix}{key}."))
        return out
    return {prefix[:-1]: value if isinstance(value, (int, float, str, bool)) or value is None
            else str(value)}


def run() -> None:
    import json
    import tempfile

    import d3rlpy
    import d3rlpy.algos.qlearning.base as qbase
    import gymnasium as gym
    import numpy as np

    truth = Truth()
    bar_states = []

    class RecordingTqdm(qbase.tqdm):
        """tqdm as d3rlpy uses it, keeping each postfix dict it is handed."""

        def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
            state = {k: float(v) for k, v in dict(ordered_dict or {}, **kwargs).items()}
            epoch = int(self.desc.split()[1].split("/")[0])
            if not bar_states or bar_states[-1] != (epoch, state):
                bar_states.append((epoch, state))
            super().set_postfix(ordered_dict, refresh, **kwargs)

    qbase.tqdm = RecordingTqdm

    env = gym.make("CartPole-v1")
    rng = np.random.default_rng(0)
    columns = {k: [] for k in ("obs", "act", "rew", "term", "trunc")}
    for episode in range(40):
        obs, _ = env.reset(seed=episode)
        done = False
        while not done:
            action = int(rng.integers(2))
            nxt, reward, term, trunc, _ = env.step(action)
            for key, value in zip(columns, (obs, action, reward, term, trunc)):
                columns[key].append(value)
            obs, done = nxt, term or trunc
    dataset = d3rlpy.dataset.MDPDataset(
        np.array(columns["obs"], dtype=np.float32), np.array(columns["act"]),
        np.array(columns["rew"], dtype=np.float32), np.array(columns["term"], dtype=np.float32),
        timeouts=np.array(columns["trunc"], dtype=np.float32))
    d3rlpy.seed(0)
    env.reset(seed=100)
    cql = d3rlpy.algos.DiscreteCQLConfig(batch_size=32, learning_rate=1e-3).create(device="cpu:0")
    with tempfile.TemporaryDirectory() as logs:
        results = cql.fit(
            dataset, n_steps=450, n_steps_per_epoch=150, experiment_name="cql",
            with_timestamp=False, save_interval=2,
            logger_adapter=d3rlpy.logging.FileAdapterFactory(root_dir=logs),
            evaluators={"td_error": d3rlpy.metrics.TDErrorEvaluator(episodes=dataset.episodes[:8]),
                        "environment": d3rlpy.metrics.EnvironmentEvaluator(env, n_trials=3)})
        params = flatten(json.loads((Path(logs) / "cql" / "params.json").read_text()))
    sys.stderr.flush()
    for epoch, metrics in results:
        kept = {k: v for k, v in metrics.items() if not k.startswith("time_")}
        truth.add(epoch * 150, epoch=epoch, **kept)  # the record's step=: n_steps_per_epoch
    for epoch, state in bar_states:
        truth.add(epoch, **state)
    final = results[-1][1]
    print(f"final: td_error={final['td_error']:.4f} environment={final['environment']:.2f} "
          f"after {len(results)} epochs", flush=True)
    truth.add(**{"td_error": final["td_error"], "environment": final["environment"]})
    params.update({"episodes": 40, "n_steps": 450, "n_steps_per_epoch": 150})
    truth.write("fit()'s (epoch, metrics) and the epoch at the record's step, time_* left out; the dicts d3rlpy "
                "handed its tqdm bar's set_postfix at the bar's epoch; the final line's values; "
                "d3rlpy's params.json flattened = params",
                libraries=("d3rlpy", "torch", "gymnasium", "tqdm", "structlog"), params=params,
                rel=5.1e-3, abs_tol=5.1e-5)  # tqdm's postfix: 3 significant digits


if __name__ == "__main__":
    main(__file__, {"d3rlpy": run}, root=HELDOUT7)
