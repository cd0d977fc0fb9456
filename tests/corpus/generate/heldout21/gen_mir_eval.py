"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Music information retrieval evaluation with mir_eval (PyPI ``mir_eval``): three synthetic beat
tracks (a reference grid every 0.5 s from 5 s to 30 s, an estimate that drops about one beat in
ten, jitters the rest by a few tens of milliseconds and, for the third track, plays at double
tempo), each scored with ``mir_eval.beat.evaluate`` and the returned ``OrderedDict`` printed as
it is (``OrderedDict([('F-measure', 0.93...), ('Cemgil', np.float64(0.73...)), ...])``: numpy 2
writes some values as ``np.float64(...)``), under a ``== track N ==`` header; the first two
tracks' beats also scored as onsets with ``mir_eval.onset.evaluate``; then two synthetic pitch
contours scored with ``mir_eval.melody.evaluate``, printed the same way.

Truth: the returned dicts, every key under its own name (``F-measure`` of the beat and of the
onset evaluation share the name, values in printed order); all are the evaluation's results,
none optional. The track numbers in the headers are no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def beats(rng, ref, double=False):
    import numpy as np

    keep = rng.random(ref.size) > 0.1
    est = ref[keep] + rng.normal(0, 0.03, keep.sum())
    if double:
        est = np.sort(np.r_[est, est[:-1] + np.diff(est) / 2])
    return np.sort(est)


def run() -> None:
    import mir_eval
    import numpy as np

    rng = np.random.default_rng(21)
    truth = Truth()
    ref = np.arange(5.0, 30.0, 0.5)
    for track in (1, 2, 3):
        est = beats(rng, ref, double=track == 3)
        print(f"== track {track} ==")
        scores = mir_eval.beat.evaluate(ref, est)
        print(scores)
        truth.add(**scores)
        if track < 3:
            scores = mir_eval.onset.evaluate(ref, est)
            print(scores)
            truth.add(**scores)
    times = np.arange(0.0, 6.0, 0.01)
    for contour in (1, 2):
        freq = 220.0 * 2 ** (np.floor(times) / 12)
        freq[120:170] = 0.0
        est = freq * (1 + rng.normal(0, 0.02 * contour, times.size))
        est[110 + 10 * contour:175] = 0.0
        if contour == 2:
            est[300:340] *= 2  # an octave error
        print(f"== melody {contour} ==")
        scores = mir_eval.melody.evaluate(times, freq, times, est)
        print(scores)
        truth.add(**scores)
    truth.write("mir_eval: the OrderedDicts beat.evaluate, onset.evaluate and melody.evaluate "
                "return, each key as printed", libraries=("mir_eval", "numpy"),
                rel=1e-9, abs_tol=1e-12)  # repr: every digit


if __name__ == "__main__":
    main(__file__, {"mir-eval": run}, root=HELDOUT21)
