"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Click-through-rate training with Torch-RecHub (PyPI ``torch-rechub``) on PyTorch (CPU): a
seeded synthetic click log (1,800 training rows, 400 validation rows; two sparse features of 20
and 8 values, two dense features) and a small DeepFM (``torch_rechub.models.ranking.DeepFM``,
an MLP of 16 and 8 units), trained five epochs by ``CTRTrainer`` (Adam, batch 60, so 30 batches
an epoch; its early stopper's patience is larger than the run). The trainer prints ``epoch: 0``,
draws a tqdm bar ``train`` on stderr whose postfix shows ``loss=0.693`` (the mean loss of the
last ten batches, set every tenth batch), a ``validation`` bar, then ``epoch: 0 validation: auc:
0.7123...`` on stdout.

Truth: the bar's postfix values as the trainer hands them to tqdm (``set_postfix`` wrapped to
record its keyword arguments, in order) as ``train/loss`` (the bar's description is the phase,
as a ``valid:`` bar's is elsewhere in the corpus), at no step (the bar states none); each once
(the closing frame of the bar, ``30/30``, redraws the last state: one report per state); and
each epoch's validation AUC as the trainer computes it (``CTRTrainer.evaluate`` wrapped to
record what it returns) as ``validation/auc`` at the epoch its line states. tqdm's counters,
rates and times are no metrics. Whether the frames between two postfix updates redraw depends on
tqdm's one-second ``mininterval`` (set by the trainer); an epoch takes well under a second here.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import tempfile

    import numpy as np
    import pandas as pd
    import torch
    import tqdm
    from torch_rechub.basic.features import DenseFeature, SparseFeature
    from torch_rechub.models.ranking import DeepFM
    from torch_rechub.trainers import CTRTrainer
    from torch_rechub.utils.data import DataGenerator

    torch.manual_seed(24)
    torch.set_num_threads(1)
    rng = np.random.default_rng(24)
    n = 2200
    data = pd.DataFrame({"user": rng.integers(0, 20, n), "item": rng.integers(0, 8, n),
                         "price": rng.normal(size=n), "age": rng.normal(size=n)})
    logit = 0.8 * (data["user"] % 3 == 0) - 0.6 * (data["item"] > 4) + 0.7 * data["price"]
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(np.float32).to_numpy()
    sparse = [SparseFeature("user", vocab_size=20, embed_dim=4),
              SparseFeature("item", vocab_size=8, embed_dim=4)]
    dense = [DenseFeature("price"), DenseFeature("age")]
    x = {name: data[name].to_numpy() for name in data.columns}
    train_x = {k: v[:1800] for k, v in x.items()}
    val_x = {k: v[1800:] for k, v in x.items()}
    gen = DataGenerator(train_x, y[:1800])
    train_dl, val_dl, _ = gen.generate_dataloader(x_val=val_x, y_val=y[1800:], batch_size=60)

    postfixes: list[float] = []
    original_postfix = tqdm.tqdm.set_postfix

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        if "loss" in kwargs:
            postfixes.append(float(kwargs["loss"]))
        return original_postfix(self, ordered_dict, refresh, **kwargs)

    tqdm.tqdm.set_postfix = set_postfix
    aucs: list[float] = []
    original_evaluate = CTRTrainer.evaluate

    def evaluate(self, model, data_loader):
        auc = original_evaluate(self, model, data_loader)
        aucs.append(float(auc))
        return auc

    CTRTrainer.evaluate = evaluate
    model = DeepFM(deep_features=dense + sparse, fm_features=sparse,
                   mlp_params={"dims": [16, 8], "dropout": 0.0, "activation": "relu"})
    with tempfile.TemporaryDirectory() as out:
        trainer = CTRTrainer(model, optimizer_params={"lr": 0.01, "weight_decay": 0.0},
                             n_epoch=5, earlystop_patience=10, device="cpu", model_path=out)
        per_epoch: list[list[float]] = []
        start = 0

        def train_one_epoch(data_loader, log_interval=10, _orig=trainer.train_one_epoch):
            nonlocal start
            loss = _orig(data_loader, log_interval)
            per_epoch.append(postfixes[start:])
            start = len(postfixes)
            return loss

        trainer.train_one_epoch = train_one_epoch
        trainer.fit(train_dl, val_dl)
    truth = Truth()
    for epoch, values in enumerate(per_epoch):
        for value in values:
            truth.add(**{"train/loss": value})
        truth.add(at=epoch, **{"validation/auc": aucs[epoch]})
    truth.write("Torch-RecHub: the loss values CTRTrainer hands to its tqdm bar's set_postfix, as "
                "train/loss (the bar is described `train`; its closing frame's redraw once), and "
                "the AUC its evaluate returns after each epoch", libraries=("torch-rechub", "torch", "tqdm"),
                rel=1e-3, abs_tol=5e-4)  # tqdm's postfix: three significant digits


if __name__ == "__main__":
    main(__file__, {"torch-rechub": run}, root=HELDOUT24)
