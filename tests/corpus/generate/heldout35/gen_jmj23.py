"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as jmj23/deep-learning ``tqdm_test.py``: a ``trange`` whose description is set each
iteration to ``'GEN %i' % i`` and whose postfix is ``set_postfix(loss=..., gen=randint(1,
999), str='h', lst=[1, 2])`` (tqdm formats the float loss to 3 significant digits, the list
as ``[1, 2]``). The original feeds ``random()`` as the loss; here the loss is a real one:
20 iterations of a NumPy softmax regression on Gaussian blobs, one mini-batch each, with a
short sleep so tqdm redraws.

Truth: ``loss`` for each iteration's postfix state (3 significant digits, rel 5e-3), no
step. ``gen`` (a random integer) optional; ``GEN i`` is the counter.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import random
    import time

    import numpy as np
    from tqdm import trange
    from _toy import Softmax, blobs

    random.seed(8)
    X, y = blobs(1280, 8, 4, seed=8)
    model = Softmax(8, 4, seed=8)
    truth = Truth()
    t = trange(20)
    for i in t:
        b = slice(i * 32, (i + 1) * 32)
        loss, _, _ = model.step(X[b], y[b], lr=0.1)
        gen = random.randint(1, 999)
        t.set_description('GEN %i' % i)
        t.set_postfix(loss=loss, gen=gen, str='h', lst=[1, 2])
        truth.add(loss=loss)
        truth.allow(gen=gen)
        time.sleep(0.02)
    truth.write("the script's batch loss of each iteration, shown in the bar's postfix",
                libraries=("numpy", "tqdm"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"jmj23": run}, root=HELDOUT35)
