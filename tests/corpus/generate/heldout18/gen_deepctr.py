"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Click-through-rate modelling with DeepCTR-Torch (PyPI ``deepctr-torch``, on PyTorch's CPU
build): a DeepFM over two sparse fields (a user and an item id, embedded) and one dense field
(a price), trained with ``fit(..., verbose=2, validation_split=0.2)`` for five epochs on a seeded
synthetic table of 2,000 clicks, with ``binary_crossentropy``, ``auc`` and ``acc`` as metrics.
It prints its device, a ``Train on ... samples`` line, and per epoch an ``Epoch k/5`` line
followed by a line of ``- name:  value`` pairs (four decimals), training then validation.

The package checks PyPI for a newer version on import (a thread calling ``requests.get``): the
generator hands it a stand-in ``requests`` whose ``get`` fails, so the check prints its own
"check the latest version manually" fallback and no request leaves the machine.

Truth: the ``History`` object ``fit`` returns (``history.history``), every key as printed
(``loss``, ``binary_crossentropy``, ``auc``, ``acc``, ``val_binary_crossentropy``, ``val_auc``,
``val_acc``), stepped by the epoch its ``Epoch k/5`` line states (1-based). Judgement: the
leading ``0s`` is the epoch's time, no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

EPOCHS = 5


def run() -> None:
    import types

    offline = types.ModuleType("requests")

    def _no_network(*args, **kwargs):
        raise OSError("no network from a corpus generator")

    offline.get = _no_network
    sys.modules["requests"] = offline

    import numpy as np
    import pandas as pd
    import torch
    from deepctr_torch.inputs import DenseFeat, SparseFeat, get_feature_names
    from deepctr_torch.models import DeepFM

    rng = np.random.default_rng(0)
    n = 2000
    table = pd.DataFrame({"user": rng.integers(0, 50, n), "item": rng.integers(0, 30, n),
                          "price": rng.random(n)})
    logit = (table.user % 3 == 0) * 1.2 + (table.item % 2) * 0.9 - 1.5 * table.price
    table["click"] = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    columns = [SparseFeat("user", 50, embedding_dim=4), SparseFeat("item", 30, embedding_dim=4),
               DenseFeat("price", 1)]
    inputs = {name: table[name].values for name in get_feature_names(columns)}
    torch.manual_seed(0)
    model = DeepFM(columns, columns, task="binary", device="cpu", seed=0)
    model.compile("adam", "binary_crossentropy", metrics=["binary_crossentropy", "auc", "acc"])
    history = model.fit(inputs, table["click"].values, batch_size=256, epochs=EPOCHS, verbose=2,
                        validation_split=0.2)
    truth = Truth()
    for epoch in range(EPOCHS):
        truth.add(at=epoch + 1, **{name: float(values[epoch])
                                   for name, values in history.history.items()})
    truth.write("DeepCTR-Torch's History.history after fit(verbose=2), every key as printed, "
                "stepped by the Epoch k/5 line above each row", libraries=("deepctr-torch", "torch"),
                params=None, rel=1e-9, abs_tol=5e-5)  # four decimals


if __name__ == "__main__":
    main(__file__, {"deepctr": run}, root=HELDOUT18)
