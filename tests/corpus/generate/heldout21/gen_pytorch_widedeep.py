"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

A tabular training loop with pytorch-widedeep (PyPI ``pytorch-widedeep``, on PyTorch, CPU): a
seeded table of 1,000 customers (age, income, city, plan) and a binary target, prepared with
``TabPreprocessor`` (two categorical embeddings, two scaled continuous columns), a ``TabMlp``
(hidden 16, 8) inside ``WideDeep``, trained with ``Trainer(model, objective="binary",
metrics=[Accuracy, F1Score])`` for four epochs, batch 64, a fifth held out for validation. The
trainer draws a tqdm bar per epoch on stderr (``epoch 3:  60%|██████    | 6/13 [..., loss=0.658,
metrics={'acc': 0.5911, 'f1': 0.412}]``, redrawn with ``\\r``; the loss through tqdm's
three-significant-digit postfix, the metrics dict rounded to four decimals by the trainer), then
a ``valid:`` bar the same way. The bars' running values change within an epoch; each epoch's
last frame shows the epoch's values.

Truth: every postfix the trainer passes its bars (``set_postfix(loss=..., metrics={...})``,
consecutive identical ones once), as the development corpus's tqdm, Keras and Lightning
fixtures count a bar's running values: ``loss``, ``acc``, ``f1`` at the epoch the bar's label
states; the ``valid:`` bar's as ``valid/loss``, ``valid/acc``, ``valid/f1`` with no step (the
valid bar states none). Each epoch's last postfix is its ``trainer.history`` entry. (Until the
half was scored, only ``trainer.history`` was truth, against that convention.) The
epoch count, batch size and validation split are params (not printed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main

EPOCHS = 4


def run() -> None:
    import numpy as np
    import pandas as pd
    import torch
    from pytorch_widedeep import Trainer
    from pytorch_widedeep.metrics import Accuracy, F1Score
    from pytorch_widedeep.models import TabMlp, WideDeep
    from pytorch_widedeep.preprocessing import TabPreprocessor

    import tqdm.std

    truth = Truth()
    shown: dict[str, tuple] = {}
    set_postfix = tqdm.std.tqdm.set_postfix

    def record(bar, ordered_dict=None, refresh=True, **kwargs):
        values = {"loss": kwargs["loss"], **kwargs["metrics"]}
        desc = str(bar.desc).rstrip(": ")
        if shown.get(desc) != tuple(values.items()):  # consecutive identical postfixes once
            shown[desc] = tuple(values.items())
            if desc == "valid":
                truth.add(**{f"valid/{name}": value for name, value in values.items()})
            else:
                truth.add(at=int(desc.split()[-1]), **values)
        return set_postfix(bar, ordered_dict, refresh, **kwargs)

    tqdm.std.tqdm.set_postfix = record
    torch.manual_seed(21)
    torch.set_num_threads(1)
    rng = np.random.default_rng(21)
    n = 1000
    df = pd.DataFrame({"age": rng.integers(18, 80, n), "income": rng.normal(50, 15, n),
                       "city": rng.choice(list("abcde"), n), "plan": rng.choice(["x", "y"], n)})
    score = df.income / 50 + (df.city == "a") * 0.8 - (df.plan == "y") * 0.3
    df["target"] = (score + rng.normal(0, 0.4, n) > 1.1).astype(int)
    prep = TabPreprocessor(cat_embed_cols=["city", "plan"], continuous_cols=["age", "income"],
                           scale=True)
    X = prep.fit_transform(df)
    tab = TabMlp(column_idx=prep.column_idx, cat_embed_input=prep.cat_embed_input,
                 continuous_cols=["age", "income"], mlp_hidden_dims=[16, 8])
    trainer = Trainer(WideDeep(deeptabular=tab), objective="binary",
                      metrics=[Accuracy, F1Score], seed=21)
    trainer.fit(X_tab=X, target=df.target.values, n_epochs=EPOCHS, batch_size=64,
                val_split=0.2)
    truth.write("pytorch-widedeep: every postfix passed to its tqdm bars (consecutive identical "
                "ones once): loss, acc, f1 at the bar's epoch; the valid bar's as valid/loss, "
                "valid/acc, valid/f1",
                libraries=("pytorch-widedeep", "torch"),
                params={"n_epochs": EPOCHS, "batch_size": 64, "val_split": 0.2},
                rel=5e-3, abs_tol=5e-5)  # tqdm's .3g for the loss, four decimals


if __name__ == "__main__":
    main(__file__, {"pytorch-widedeep": run}, root=HELDOUT21)
