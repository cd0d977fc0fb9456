"""Stable-Baselines3: `PPO` and `A2C` (``verbose=1``) learning gymnasium's ``CartPole-v1``.

SB3's logger prints each dump as a boxed two-column block on stdout: a row per group
(``| rollout/           |          |``), then its keys, indented, with values at 3 significant
digits (``|    ep_rew_mean     | 22.1     |``), between dashed lines; ``Using cpu device`` and the
env wrapping notes come first. PPO dumps once per rollout of 256 steps (its first dump has no
``train/`` group yet), A2C every 100 updates of 5 steps.

Truth: what SB3's logger handed its stdout writer: a `KVWriter` of our own, appended to the
logger's outputs when training starts, records every dump's key/values that the stdout format
does not exclude. Names are the logger's keys (``rollout/ep_rew_mean``: group and key, as the
block shows them), the step is the dump's ``time/total_timesteps``. That row and
``time/iterations`` are step-like: optional. ``time/fps``, ``time/time_elapsed`` (times) and
``train/n_updates`` (a count) are no metrics: in neither map, so a parsed one is a false
positive.
"""

from _capture import main, write_truth

STEP_LIKE = ("time/total_timesteps", "time/iterations")
NOT_METRICS = ("time/fps", "time/time_elapsed", "train/n_updates")


def train() -> None:
    import gymnasium as gym
    from stable_baselines3 import A2C, PPO
    from stable_baselines3.common.callbacks import BaseCallback
    from stable_baselines3.common.logger import KVWriter

    metrics: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}
    optional: dict[str, list[float]] = {}

    class Record(KVWriter):
        def write(self, key_values, key_excluded, step=0):
            at = float(key_values["time/total_timesteps"])
            for key, value in key_values.items():
                excluded = key_excluded.get(key)
                if excluded is not None and ("stdout" in excluded or "log" in excluded):
                    continue
                if key in NOT_METRICS:
                    continue
                if key in STEP_LIKE:
                    optional.setdefault(key, []).append(float(value))
                    continue
                metrics.setdefault(key, []).append(float(value))
                steps.setdefault(key, []).append(at)

        def close(self):
            pass

    class AttachRecorder(BaseCallback):
        def _on_training_start(self) -> None:
            self.logger.output_formats.append(Record())

        def _on_step(self) -> bool:
            return True

    ppo = PPO("MlpPolicy", gym.make("CartPole-v1"), n_steps=256, batch_size=64, n_epochs=2,
              seed=0, verbose=1, device="cpu")
    ppo.learn(total_timesteps=1024, callback=AttachRecorder())
    a2c = A2C("MlpPolicy", gym.make("CartPole-v1"), seed=0, verbose=1, device="cpu")
    a2c.learn(total_timesteps=1500, log_interval=100, callback=AttachRecorder())
    write_truth(metrics, steps=steps, optional=optional,
                libraries=("stable_baselines3", "gymnasium", "torch"), rel=5e-3,
                source="every logger dump's key/values not excluded from stdout (a KVWriter "
                       "added to the logger's outputs); name = logger key; step = "
                       "time/total_timesteps; it and time/iterations optional; fps, "
                       "time_elapsed, n_updates in neither map")


if __name__ == "__main__":
    main(__file__, {"sb3": train})
