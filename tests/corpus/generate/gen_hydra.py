"""Hydra: an app as Hydra's tutorial writes it: a structured config registered in the
`ConfigStore`, ``@hydra.main``, the resolved config printed first with
``print(OmegaConf.to_yaml(cfg))`` (a nested YAML block: ``optimizer:`` / ``  lr: 0.5``), then
training logged through `logging` in Hydra's default job format
(``[2026-12-04 18:01:02,345][__main__][INFO] - epoch=1 train_loss=0.6762 ...``) on stdout, a
scheduled ``lr`` among the metrics (the config's ``optimizer.lr`` is its first value), a
``Final: val_loss=... val_acc=...`` line. Hydra's output folder is a temporary one.

Truth: the values the real model (`_models.logistic_regression`, trained with the config's
learning rate, decayed after each epoch) yielded, as logged (4 decimals), at the step of the line's
``epoch``; the ``Final:`` line's without a step. Params: the config, flattened with ``.``
(``optimizer.lr``), from `OmegaConf.to_container(cfg)`: none of it is a metric.
"""

from dataclasses import dataclass, field

from _capture import Truth, main
from _models import logistic_regression


@dataclass
class Model:
    name: str = "logreg"
    hidden: int = 0
    dropout: float = 0.1


@dataclass
class Optimizer:
    name: str = "sgd"
    lr: float = 0.5
    momentum: float = 0.9
    weight_decay: float = 0.0001


@dataclass
class Training:
    epochs: int = 6
    batch_size: int = 64
    seed: int = 0
    lr_decay: float = 0.8


@dataclass
class Config:
    model: Model = field(default_factory=Model)
    optimizer: Optimizer = field(default_factory=Optimizer)
    training: Training = field(default_factory=Training)
    data_dir: str = "data/synthetic"


def train() -> None:
    import logging
    import sys
    import tempfile

    import hydra
    from hydra.core.config_store import ConfigStore
    from omegaconf import OmegaConf

    ConfigStore.instance().store(name="config", node=Config)
    log = logging.getLogger(__name__)
    truth = Truth()
    params: dict = {}

    @hydra.main(version_base="1.3", config_path=None, config_name="config")
    def app(cfg) -> None:
        print(OmegaConf.to_yaml(cfg))
        params.update(flatten(OmegaConf.to_container(cfg)))
        log.info(f"loaded 256 training and 64 validation samples from {cfg.data_dir}")
        for row in logistic_regression(lr=cfg.optimizer.lr, epochs=cfg.training.epochs,
                                       seed=cfg.training.seed, lr_decay=cfg.training.lr_decay):
            epoch, lr = row["epoch"], row["lr"]
            log.info(f"epoch={epoch} train_loss={row['train_loss']:.4f} "
                     f"val_loss={row['val_loss']:.4f} val_acc={row['val_acc']:.4f} lr={lr:.4f}")
            truth.add(epoch, epoch=epoch, train_loss=row["train_loss"],
                      val_loss=row["val_loss"], val_acc=row["val_acc"], lr=lr)
        log.info(f"Final: val_loss={row['val_loss']:.4f} val_acc={row['val_acc']:.4f}")
        truth.add(val_loss=row["val_loss"], val_acc=row["val_acc"])

    with tempfile.TemporaryDirectory() as out:
        sys.argv = [sys.argv[0], f"hydra.run.dir={out}", "hydra.output_subdir=null"]
        app()
    truth.write("the values logistic_regression yielded (lr: the rate each epoch used), as "
                "logged; step = "
                "the line's epoch; params = OmegaConf.to_container(cfg) flattened with '.'",
                libraries=("hydra-core", "omegaconf", "numpy"), params=params, abs_tol=5e-5)


def flatten(config: dict, prefix: str = "") -> dict:
    """A nested config as ``{"optimizer.lr": 0.05, ...}``."""
    flat = {}
    for key, value in config.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


if __name__ == "__main__":
    main(__file__, {"hydra": train})
