"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Multi-object tracking evaluation with py-motmetrics (PyPI ``motmetrics``): two seeded synthetic
sequences (five objects drifting for 30 frames; a tracker that loses some, swaps some
identities, and adds false tracks), accumulated with ``MOTAccumulator`` (squared-distance
gating), ``compute_many`` with the MOTChallenge metric set, then printed as the package's
README does, ``print(mm.io.render_summary(summary, formatters=mh.formatters,
namemap=mm.io.motchallenge_metric_names))``: a table whose columns are ``IDF1 IDP IDR Rcll Prcn
GT MT PT ML FP FN IDs FM MOTA MOTP IDt IDa IDm`` and whose rows are the sequences (``seq1
83.7% 87.1% ...  13 24  10  21 68.7% 4.281   0   5   0``).

Truth: the summary frame ``compute_many`` returns, named ``<sequence>/<column>`` by the printed
column title; the ratio metrics in percent, as printed (``formatters`` multiply by 100);
``MOTP`` as it is (a mean squared distance here). The error counts (FP, FN, IDs, FM, the
mostly/partly tracked and lost counts, transfers, ascends, migrations) are the evaluation's
results and are metrics. Optional: ``GT``, the number of objects.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main

PERCENT = {"idf1", "idp", "idr", "recall", "precision", "mota"}


def sequence(seed: int):
    import motmetrics as mm
    import numpy as np

    rng = np.random.default_rng(seed)
    acc = mm.MOTAccumulator(auto_id=True)
    objects = {i: rng.uniform(0, 100, 2) for i in range(5)}
    for _ in range(30):
        for i in objects:
            objects[i] = objects[i] + rng.normal(0, 1, 2)
        seen = [i for i in objects if rng.random() > 0.05]
        tracks = [(i if rng.random() > 0.03 else i + 10, objects[i] + rng.normal(0, 1.5, 2))
                  for i in seen if rng.random() > 0.08]
        if rng.random() < 0.3:
            tracks.append((99, rng.uniform(0, 100, 2)))
        truth_pos = np.array([objects[i] for i in objects])
        track_pos = np.array([t[1] for t in tracks]) if tracks else np.empty((0, 2))
        dist = mm.distances.norm2squared_matrix(truth_pos, track_pos, max_d2=16)
        acc.update(list(objects), [t[0] for t in tracks], dist)
    return acc


def run() -> None:
    import motmetrics as mm

    mh = mm.metrics.create()
    summary = mh.compute_many([sequence(1), sequence(2)],
                              metrics=mm.metrics.motchallenge_metrics, names=["seq1", "seq2"])
    print(mm.io.render_summary(summary, formatters=mh.formatters,
                               namemap=mm.io.motchallenge_metric_names))
    truth = Truth()
    for row, values in summary.iterrows():
        for key, value in values.items():
            title = mm.io.motchallenge_metric_names[key]
            value = float(value) * (100 if key in PERCENT else 1)
            if key == "num_unique_objects":
                truth.allow(**{f"{row}/{title}": value})
            else:
                truth.add(**{f"{row}/{title}": value})
    truth.write("py-motmetrics: the summary frame compute_many returns, named <sequence>/<printed "
                "column title>, ratios in percent as printed; GT optional",
                libraries=("motmetrics",), params={"max_d2": 16},
                rel=1e-3, abs_tol=0.05)  # one decimal in percent, three for MOTP


if __name__ == "__main__":
    main(__file__, {"motmetrics": run}, root=HELDOUT19)
