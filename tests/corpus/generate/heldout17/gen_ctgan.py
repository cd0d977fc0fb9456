"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Synthetic tabular data with CTGAN (PyPI ``ctgan``, the SDV project's GAN and VAE for tables,
on PyTorch's CPU build): a conditional GAN (``CTGAN``, 8 epochs) and a tabular VAE (``TVAE``,
8 epochs) fitted with ``verbose=True`` on a seeded table of 300 rows (a rounded age, a
log-normal income, a city among three), seeded (``set_random_state``, ``torch.manual_seed``).
Each fit draws a tqdm bar over the epochs whose description holds the losses, set after each
epoch (``Gen. (+01.16) | Discrim. (-00.00):  12%|█▎        | 1/8 [00:01<00:13,  1.92s/it]``
for the GAN, ``Loss: +01.52: ...`` for the VAE; ``±XX.XX``, two decimals, a sign), first
with placeholder zeros before any epoch (``Gen. (+00.00) | Discrim. (+00.00)``, ``Loss:
+00.00``), redrawn in place (``\\r``) on a terminal and on a pipe alike.

Truth: the models' own ``loss_values`` frames, read by the same process: the GAN's
``Generator Loss`` and ``Discriminator Loss`` per epoch as ``Gen.`` and ``Discrim.``, the VAE's
``Loss`` of each epoch's last batch (the value its bar is given) as ``Loss``; one point per
epoch, unstepped (a bar's state, as the corpus counts states: the redraws that change only the
count or the rate are not new points). Optional: the placeholder zeros of the first state.
Judgement: the bar's ``1/8`` is progress, not a step, so the points are unstepped; the rate
and times of the bar are timings (neither map).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    import torch
    from ctgan import CTGAN, TVAE

    rng = np.random.default_rng(0)
    n = 300
    table = pd.DataFrame({"age": rng.normal(40, 10, n).round(),
                          "income": rng.lognormal(10, 0.5, n),
                          "city": rng.choice(["a", "b", "c"], n)})
    truth = Truth()
    torch.manual_seed(0)
    gan = CTGAN(epochs=8, batch_size=100, pac=10, verbose=True)
    gan.set_random_state(0)
    gan.fit(table, discrete_columns=["city"])
    truth.allow(**{"Gen.": 0.0, "Discrim.": 0.0})
    for _, row in gan.loss_values.iterrows():
        truth.add(**{"Gen.": row["Generator Loss"], "Discrim.": row["Discriminator Loss"]})
    torch.manual_seed(0)
    vae = TVAE(epochs=8, batch_size=100, verbose=True)
    vae.set_random_state(0)
    vae.fit(table, discrete_columns=["city"])
    truth.allow(Loss=0.0)
    for _, epoch in vae.loss_values.groupby("Epoch", sort=True):
        truth.add(Loss=epoch.sort_values("Batch")["Loss"].iloc[-1])
    truth.write("CTGAN's and TVAE's loss_values (the GAN's per epoch as Gen. and Discrim., the "
                "VAE's last batch of each epoch as Loss), one point per bar state, unstepped; "
                "the placeholder zeros optional", libraries=("ctgan", "torch", "numpy"),
                params=None, rel=1e-9, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"ctgan": run}, root=HELDOUT17)
