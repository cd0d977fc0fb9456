"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

An OpenMMLab-style training run: MMEngine's ``Runner.from_cfg`` on a registered toy model,
dataset and metric (the way every OpenMMLab ``tools/train.py`` runs), trained by epoch with
validation after each epoch and a test at the end. MMEngine's logger writes to stdout:

* ``12/05 06:54:30 - mmengine - INFO - `` records; first the environment block (``System
  environment:`` with ``numpy_random_seed: 0``, ``PyTorch: 2.13.0+cpu``, PyTorch's build
  settings, ``Runtime environment:`` with ``seed: 0``, ``GPU number: 1``), then ``Config:``
  and the whole config pretty-printed as Python (``optim_wrapper = dict(optimizer=dict(lr=0.1,
  momentum=0.9, type='SGD'))``, ``train_cfg = dict(by_epoch=True, max_epochs=6,
  val_interval=1)``...), the hooks' order table, warnings;
* training records every 5 iterations: ``Epoch(train) [1][ 5/16]  lr: 1.0000e-01  eta:
  0:00:01  time: 0.0146  data_time: 0.0037  loss: 0.7437  loss_cls: 0.6911  acc: 59.3750``;
* ``Exp name: 20261205_065430``, ``Saving checkpoint at 1 epochs``;
* validation and test records: ``Epoch(val) [1][4/4]    val/accuracy: 89.0625
  val/f1: 0.8871  data_time: 0.0004  time: 0.0012``, ``Epoch(test) [4/4]    test/accuracy:
  91.4062  test/f1: ...``.

Truth: MMEngine's own record of what its ``LoggerHook`` printed, the ``LocalVisBackend``'s
``vis_data/scalars.json`` (the same tag dicts, written as they are logged; values smoothed
over the log interval as printed), read after the run: the train records' ``loss``,
``loss_cls``, ``acc`` and ``lr`` as ``train/<name>`` (the record is led by
``Epoch(train)``), with no step (``[1][ 5/16]`` states an epoch and an iteration, neither the
logged step); the val and test records' ``val/accuracy``, ``val/f1``, ``test/...`` as
printed, the val ones at the epoch that leads ``[1][4/4]``; ``time``, ``data_time`` and
``eta`` in neither map (timings). The printed config is params (``Config.to_dict()``
flattened, lists as strings), with the environment block's ``seed``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def flatten(value, prefix=""):
    """A nested config dict as ``a.b.c → value`` pairs."""
    if isinstance(value, dict):
        out = {}
        for key, inner in value.items():
            out.update(flatten(inner, f"{prefix}{key}."))
        return out
    return {prefix[:-1]: value if isinstance(value, (int, float, str, bool)) else str(value)}


def run() -> None:
    import json
    import tempfile

    import torch
    from mmengine.config import Config
    from mmengine.evaluator import BaseMetric
    from mmengine.model import BaseModel
    from mmengine.registry import DATASETS, METRICS, MODELS
    from mmengine.runner import Runner
    from torch.utils.data import Dataset

    @DATASETS.register_module()
    class ToyData(Dataset):
        """Two noisy Gaussian blobs in 8 dimensions."""

        def __init__(self, n, seed):
            g = torch.Generator().manual_seed(seed)
            self.x = torch.randn(n, 8, generator=g)
            noise = 0.8 * torch.randn(n, generator=g)
            self.y = (self.x[:, 0] + self.x[:, 1] - 0.5 * self.x[:, 2] + noise > 0).long()

        def __len__(self):
            return len(self.x)

        def __getitem__(self, i):
            return dict(inputs=self.x[i], labels=self.y[i])

    @MODELS.register_module()
    class Net(BaseModel):
        def __init__(self, hidden=16):
            super().__init__()
            self.fc = torch.nn.Sequential(torch.nn.Linear(8, hidden), torch.nn.ReLU(),
                                          torch.nn.Linear(hidden, 2))

        def forward(self, inputs, labels, mode="tensor"):
            logits = self.fc(inputs)
            if mode == "loss":
                loss_cls = torch.nn.functional.cross_entropy(logits, labels)
                l2 = 1e-3 * sum((p ** 2).sum() for p in self.parameters())
                acc = (logits.argmax(1) == labels).float().mean() * 100
                return dict(loss_cls=loss_cls, loss_l2=l2, acc=acc.detach())
            if mode == "predict":
                return logits.argmax(1), labels
            return logits

    @METRICS.register_module()
    class Acc(BaseMetric):
        default_prefix = "val"

        def process(self, data_batch, data_samples):
            pred, labels = data_samples
            self.results.append((pred, labels))

        def compute_metrics(self, results):
            pred = torch.cat([r[0] for r in results])
            labels = torch.cat([r[1] for r in results])
            tp = ((pred == 1) & (labels == 1)).sum().item()
            f1 = 2 * tp / max(1, (pred == 1).sum().item() + (labels == 1).sum().item())
            return dict(accuracy=100 * (pred == labels).float().mean().item(), f1=f1)

    truth = Truth()
    with tempfile.TemporaryDirectory() as work_dir:
        loader = dict(batch_size=32, collate_fn=dict(type="default_collate"))
        cfg = Config(dict(
            model=dict(type="Net", hidden=16),
            work_dir=work_dir,
            train_dataloader=dict(dataset=dict(type="ToyData", n=512, seed=0),
                                  sampler=dict(type="DefaultSampler", shuffle=True), **loader),
            val_dataloader=dict(dataset=dict(type="ToyData", n=128, seed=1),
                                sampler=dict(type="DefaultSampler", shuffle=False), **loader),
            test_dataloader=dict(dataset=dict(type="ToyData", n=128, seed=2),
                                 sampler=dict(type="DefaultSampler", shuffle=False), **loader),
            optim_wrapper=dict(optimizer=dict(type="SGD", lr=0.1, momentum=0.9)),
            param_scheduler=dict(type="MultiStepLR", by_epoch=True, milestones=[3, 5],
                                 gamma=0.1),
            train_cfg=dict(by_epoch=True, max_epochs=6, val_interval=1),
            val_cfg=dict(), test_cfg=dict(),
            val_evaluator=dict(type="Acc"), test_evaluator=dict(type="Acc", prefix="test"),
            default_hooks=dict(logger=dict(type="LoggerHook", interval=5),
                               checkpoint=dict(type="CheckpointHook", interval=3)),
            randomness=dict(seed=0),
            visualizer=dict(type="Visualizer", vis_backends=[dict(type="LocalVisBackend")]),
        ))
        params = flatten(cfg.to_dict())
        params["seed"] = 0  # the environment block's `seed: 0` (randomness.seed)
        runner = Runner.from_cfg(cfg)
        runner.train()
        tested = runner.test()  # LocalVisBackend writes no scalars for the test loop
        sys.stdout.flush()
        scalars = Path(runner.log_dir) / "vis_data" / "scalars.json"
        for line in scalars.read_text().splitlines():
            record = json.loads(line)
            if "loss" in record:
                truth.add(**{f"train/{k}": record[k] for k in ("lr", "loss", "loss_cls",
                                                               "loss_l2", "acc")})
            elif "val/accuracy" in record:
                truth.add(record["step"], **{k: record[k] for k in ("val/accuracy", "val/f1")})
        truth.add(**{k: tested[k] for k in ("test/accuracy", "test/f1")})
    truth.write("MMEngine's LocalVisBackend scalars.json (the LoggerHook's tag dicts): train "
                "records as train/<key>, no step; val/<key> at the epoch; test/<key>; times "
                "in neither map; the printed Config flattened = params",
                libraries=("mmengine", "torch"), params=params, rel=5.1e-5, abs_tol=5.1e-5)


if __name__ == "__main__":
    main(__file__, {"mmengine": run}, root=HELDOUT7)
