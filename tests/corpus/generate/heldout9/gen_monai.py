"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

A 2D segmentation network trained with MONAI's workflow engines, as MONAI's tutorials write it
(``unet_training_workflows``): ``monai.config.print_config()`` first (versions, paths,
optional dependencies), ``logging.basicConfig(stream=sys.stdout, level=logging.INFO)``, then a
``SupervisedTrainer`` (UNet, Dice loss, Adam) with a ``StatsHandler`` logging the loss every
iteration (``Epoch: 1/4, Iter: 3/10 -- train_loss: 0.7012``) and the training accuracy each
epoch (``Epoch[1] Metrics -- train_acc: ...``), and a ``ValidationHandler`` running a
``SupervisedEvaluator`` after each epoch whose own ``StatsHandler`` logs its metrics (mean Dice
and accuracy), the best key metric so far and MONAI's ``Got new best metric`` records; ignite's
own records (run start, epoch completion times) come in between. Data: MONAI's
``create_test_image_2d`` (random discs, no download), 40 training and 12 validation images.

Truth: handlers attached to the same engines after the ``StatsHandler``s read
``engine.state.output`` (the loss) and ``engine.state.metrics``: ``train_loss`` a point per
iteration, no step (the line states an epoch and an iteration within it); ``train_acc``,
``val_mean_dice``, ``val_acc`` at the epoch the ``Epoch[e]`` record states. The best-metric
records repeat a metric's value (``best value``, ``Got new best metric of ...``): optional
under the metric's name, once for each record, and ``best value``/``best metric``. The printed configuration
(versions, paths) is in neither map; the run's settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

SETTINGS = {"max_epochs": 4, "batch_size": 4, "lr": 0.002, "image_size": 64, "seed": 0,
            "channels": "(8, 16, 32)", "strides": "(2, 2)"}


def run() -> None:
    import logging

    import numpy as np
    import torch
    from ignite.engine import Events
    from ignite.metrics import Accuracy
    from monai.config import print_config
    from monai.data import DataLoader, Dataset, create_test_image_2d
    from monai.engines import SupervisedEvaluator, SupervisedTrainer
    from monai.handlers import MeanDice, StatsHandler, ValidationHandler, from_engine
    from monai.inferers import SimpleInferer
    from monai.losses import DiceLoss
    from monai.networks.nets import UNet
    from monai.transforms import Activationsd, AsDiscreted, Compose
    from monai.utils import set_determinism

    print_config()
    sys.stdout.flush()
    logging.basicConfig(stream=sys.stdout, level=logging.INFO)
    set_determinism(seed=SETTINGS["seed"])
    torch.set_num_threads(1)
    truth = Truth()
    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)

    rng = np.random.RandomState(SETTINGS["seed"])
    size = SETTINGS["image_size"]

    def sample():
        image, seg = create_test_image_2d(size, size, num_objs=4, rad_max=12, noise_max=0.5,
                                          num_seg_classes=1, random_state=rng)
        return {"image": image[None].astype(np.float32), "label": seg[None].astype(np.float32)}

    train = DataLoader(Dataset([sample() for _ in range(40)]),
                       batch_size=SETTINGS["batch_size"], shuffle=True)
    val = DataLoader(Dataset([sample() for _ in range(12)]), batch_size=SETTINGS["batch_size"])
    net = UNet(spatial_dims=2, in_channels=1, out_channels=1, channels=(8, 16, 32),
               strides=(2, 2), num_res_units=1)
    post = Compose([Activationsd(keys="pred", sigmoid=True),
                    AsDiscreted(keys="pred", threshold=0.5)])
    evaluator = SupervisedEvaluator(
        device=torch.device("cpu"), val_data_loader=val, network=net, inferer=SimpleInferer(),
        postprocessing=post,
        key_val_metric={"val_mean_dice": MeanDice(include_background=True,
                                                  output_transform=from_engine(["pred",
                                                                                "label"]))},
        additional_metrics={"val_acc": Accuracy(output_transform=from_engine(["pred",
                                                                              "label"]))},
        val_handlers=[StatsHandler(iteration_log=False)])
    trainer = SupervisedTrainer(
        device=torch.device("cpu"), max_epochs=SETTINGS["max_epochs"], train_data_loader=train,
        network=net, optimizer=torch.optim.Adam(net.parameters(), SETTINGS["lr"]),
        loss_function=DiceLoss(sigmoid=True), inferer=SimpleInferer(), postprocessing=post,
        key_train_metric={"train_acc": Accuracy(output_transform=from_engine(["pred",
                                                                              "label"]))},
        train_handlers=[ValidationHandler(validator=evaluator, interval=1, epoch_level=True),
                        StatsHandler(tag_name="train_loss",
                                     output_transform=from_engine(["loss"], first=True))])

    def after_iteration(engine):
        truth.add(train_loss=float(engine.state.output[0]["loss"]))

    def after_epoch(engine):
        state = engine.state
        for name, value in state.metrics.items():
            truth.add(state.epoch, **{name: float(value)})
        if state.key_metric_name:
            best = float(state.best_metric)
            truth.allow(**{state.key_metric_name: best, "best value": best,
                           "best metric": best})
            if state.best_metric_epoch == state.epoch:  # "Got new best metric of ...": twice
                truth.allow(**{state.key_metric_name: best})

    trainer.add_event_handler(Events.ITERATION_COMPLETED, after_iteration)
    trainer.add_event_handler(Events.EPOCH_COMPLETED, after_epoch)
    evaluator.add_event_handler(Events.EPOCH_COMPLETED, after_epoch)
    trainer.run()
    sys.stdout.flush()
    truth.write("handlers on the MONAI engines reading state.output's loss each iteration "
                "(no step) and state.metrics each epoch (at the epoch); best-metric repeats "
                "optional; settings = params",
                libraries=("monai", "pytorch-ignite", "torch", "numpy"), params=SETTINGS,
                rel=1e-9, abs_tol=5.1e-5)  # StatsHandler's 4 decimals


if __name__ == "__main__":
    main(__file__, {"monai": run}, root=HELDOUT9)
