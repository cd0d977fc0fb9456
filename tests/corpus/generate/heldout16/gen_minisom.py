"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Self-organising maps with MiniSom on the standardised iris measurements: three maps (6x6 with
``train(random_order=True)``, 6x6 with ``train_batch`` (samples in order), 8x8 with
``train_random`` at another sigma), each for 300 iterations with ``verbose=True``: MiniSom
redraws a progress line (``\r [ 120 / 300 ]  40% - 0:00:00 left``) and ends with ``
quantization error: 0.38129470464311943``.

Truth: ``som.quantization_error(data)`` after each training (the very call MiniSom's verbose
training prints at its end), named ``quantization error``. Judgement: the three maps are
different models, unstepped; the progress line's counts are no metric (neither map).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main


def run() -> None:
    from minisom import MiniSom
    from sklearn.datasets import load_iris

    x = load_iris().data
    x = (x - x.mean(0)) / x.std(0)
    truth = Truth()
    for size, sigma, method, kw in ((6, 1.0, "train", {"random_order": True}),
                                    (6, 1.0, "train_batch", {}), (8, 1.5, "train_random", {})):
        som = MiniSom(size, size, x.shape[1], sigma=sigma, learning_rate=0.5, random_seed=1)
        getattr(som, method)(x, 300, verbose=True, **kw)
        truth.add(**{"quantization error": som.quantization_error(x)})
    sys.stdout.flush()
    truth.write("MiniSom.quantization_error(data) after each verbose training (what the "
                "training prints at its end); unstepped",
                libraries=("minisom", "numpy", "scikit-learn"), params=None, rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"minisom": run}, root=HELDOUT16)
