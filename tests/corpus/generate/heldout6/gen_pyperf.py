"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A micro-benchmark script with pyperf (``pyperf.Runner``), as performance work on a data
pipeline measures its kernels: NumPy feature standardisation, a pure-Python tokeniser and a
scikit-learn ``predict`` on a fitted model. ``Runner`` spawns worker processes (the same
script again with ``--worker``), each calibrating and timing loops, and the parent prints:

* a row of dots while workers run (``....``);
* one result line per benchmark, ``standardise_1k: Mean +- std dev: 21.3 us +- 0.5 us``, the
  unit chosen by pyperf from the magnitude (``ns``, ``us``, ``ms``, ``sec``);
* pyperf's stability warnings where they apply (``WARNING: the benchmark result may be
  unstable``, ``* the standard deviation (1.23 us) is 12% of the mean (10.2 us)``, ``Try to
  rerun the benchmark with more runs, values and/or loops.``...).

Then the script's own ``tokenise is 3.42x slower than standardise_1k``.

Truth: the ``Benchmark`` objects ``bench_func`` returned in the parent: each benchmark's mean
under the benchmark's name (``standardise_1k``: the line's label is the series name, and
``Mean +- std dev`` says which statistic follows), in the unit pyperf prints it in (pyperf's
rule: below 1 us in ns, below 1 ms in us, below 1 s in ms), 3 significant digits; the
standard deviation optional as ``<name>_std``; a benchmark's timing is the result of a
benchmark run, so it is a metric here, unlike an epoch's duration in a training log. The
numbers inside the warnings (the deviation and mean again, percentages) are in neither map
(a warning's numbers), except where they equal a truth value. The ratio is a point
(``slower than``: named ``tokenise/slowdown``, a judgement: the line has no ``name: value``
label). The runner's settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def _scaled(seconds: float) -> float:
    """The value in the unit pyperf prints it in, by its magnitude rule."""
    for limit, factor in ((1e-6, 1e9), (1e-3, 1e6), (1.0, 1e3)):
        if seconds < limit:
            return seconds * factor
    return seconds


def bench() -> None:
    import re

    import numpy as np
    import pyperf
    from sklearn.datasets import load_breast_cancer
    from sklearn.ensemble import RandomForestClassifier

    settings = {"processes": 3, "values": 3, "warmups": 1, "min_time": 0.01}
    # pyperf's workers get a bare environment; they need to know they are this format's child
    # (else the corpus harness in them would start captures of its own)
    sys.argv.append("--inherit-environ=CORPUS_TRUTH,CORPUS_FORMAT,OMP_NUM_THREADS,"
                    "PYTHONHASHSEED")
    runner = pyperf.Runner(**settings)
    rng = np.random.default_rng(0)
    batch = rng.random((1000, 16))
    text = "the quick brown fox jumps over the lazy dog " * 40
    x, y = load_breast_cancer(return_X_y=True)
    forest = RandomForestClassifier(n_estimators=20, random_state=0).fit(x, y)

    def standardise():
        return (batch - batch.mean(0)) / batch.std(0)

    def tokenise():
        return re.findall(r"\w+", text.lower())

    results = {
        "standardise_1k": runner.bench_func("standardise_1k", standardise),
        "tokenise": runner.bench_func("tokenise", tokenise),
        "forest_predict": runner.bench_func("forest_predict", forest.predict, x[:64]),
    }
    if runner.args.worker:
        return
    ratio = results["tokenise"].mean() / results["standardise_1k"].mean()
    print(f"tokenise is {ratio:.2f}x slower than standardise_1k")
    truth = Truth()
    for name, result in results.items():
        truth.add(**{name: _scaled(result.mean())})
        truth.allow(**{f"{name}_std": _scaled(result.stdev())})
    truth.add(**{"tokenise/slowdown": ratio})
    truth.write("the Benchmark objects bench_func returned in the parent: mean (stdev "
                "optional, <name>_std) in pyperf's printed unit, under the benchmark's name; "
                "the script's ratio; runner settings = params",
                libraries=("pyperf", "numpy", "scikit-learn"), params=settings, rel=5.1e-3,
                abs_tol=5e-3)  # 3 significant digits; the ratio with 2 decimals


if __name__ == "__main__":
    main(__file__, {"pyperf": bench}, root=HELDOUT6)
