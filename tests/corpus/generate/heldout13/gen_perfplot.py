"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Scaling benchmarks with perfplot (0.10.2): two ``perfplot.bench`` runs, as its README runs
them (then printing the returned data instead of plotting it, which shows the timings as a
table): NumPy's sorts (``quicksort``, ``mergesort``, ``heapsort``) on random arrays of 16 to
16,384 elements, and three ways to sum a list (``sum``, ``math.fsum``, ``np.sum``) on 10 to
100,000 elements. While it measures, perfplot draws Rich progress bars (``Overall`` and
``Kernels``; live on a terminal); ``print(out)`` draws a Rich table whose first column is
``n`` and whose other columns are the kernels' times in seconds, printed as Python floats
(``2.869e-06``, ``9.100000000000001e-07``).

Truth: the returned ``PerfplotData``'s ``timings_s`` (kernels × sizes) with its ``n_range``
and ``labels``: each kernel's column is one series over ``n`` (name = the kernel's label,
step = the row's ``n``). Judgement: the table's rows are a series over the problem size, so
``n`` is the step (as a table's ``Iter`` is), not a metric; the kernels' timings are the
benchmark's metrics; the progress bars carry no number but their percentage and ETA (neither
map). The values are printed in full, so the tolerance is tight. The settings line is params.
Only the terminal capture is kept: on a pipe Rich draws the table 80 columns wide and cuts
cells with ``…``, often inside a number's exponent (``1.6800000000000002e…``), which no
reader can undo; that capture was removed by hand.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 8, "target_time_per_measurement": 0.05, "sort_n": "2**4 .. 2**14",
            "sum_n": "10 .. 10**5"}


def run() -> None:
    import math

    import numpy as np
    import perfplot

    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    rng = np.random.default_rng(s["seed"])
    benches = (
        dict(setup=lambda n: rng.random(n),
             kernels=[lambda a: np.sort(a, kind="quicksort"),
                      lambda a: np.sort(a, kind="mergesort"),
                      lambda a: np.sort(a, kind="heapsort")],
             labels=["quicksort", "mergesort", "heapsort"],
             n_range=[2 ** k for k in range(4, 15, 2)]),
        dict(setup=lambda n: rng.random(n).tolist(),
             kernels=[sum, math.fsum, np.sum], labels=["sum", "math.fsum", "np.sum"],
             n_range=[10 ** k for k in range(1, 6)]),
    )
    truth = Truth()
    for bench in benches:
        out = perfplot.bench(**bench, equality_check=None,
                             target_time_per_measurement=s["target_time_per_measurement"])
        print(out, flush=True)
        for label, timings in zip(out.labels, out.timings_s):
            for n, t in zip(out.n_range, timings):
                truth.add(n, **{label: t})
    truth.write("perfplot.bench's returned PerfplotData: timings_s per kernel label over "
                "n_range (name = the kernel's label, step = n), in seconds as printed",
                libraries=("perfplot", "numpy", "rich"), params=s, rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"perfplot": run}, root=HELDOUT13)
