"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A benchmark run with pytest-benchmark, as a project benchmarks its preprocessing and inference
code: a test module with parametrised ``benchmark`` tests (NumPy sorting and matrix products of
two sizes, a scikit-learn ``predict_proba``) is written to a temporary folder and run with
``pytest.main`` in this process, so its output is pytest's own on this terminal or pipe:

* pytest's session header (platform, versions, ``benchmark: 5.3.1 (defaults: timer=...
  min_rounds=5 ...)``, rootdir, plugins), the test lines with their dots and ``[100%]``
  (coloured on a terminal only);
* the benchmark table, ``benchmark: 5 tests``, rows by test name, columns ``Min  Max  Mean
  StdDev  Median  IQR  Outliers  OPS (uops/s)  Rounds  Iterations``, the unit fixed with
  ``--benchmark-time-unit=us`` (``Name (time in us)``), each cell followed by its ratio to the
  best row in parentheses (``(1.0)``, ``(12.34)``), a legend below;
* pytest's ``5 passed in 1.23s``.

Truth: the JSON report pytest-benchmark writes (``--benchmark-json``) for the same run, times
in microseconds: ``Min``, ``Max``, ``Mean``, ``Median`` of each row as ``<test>/<column>`` (a
benchmark's measured times are its results: unlike a training log's epoch time they are what
the run is for); ``StdDev`` and ``IQR`` (spreads), ``OPS (uops/s)`` (a rate derived from the
mean, which the forced unit scales by 1e6 and prints with thousands separators:
``647,527,258,935.5869``),
``Rounds`` and ``Iterations`` (counts) optional; the ratios in parentheses and ``Outliers``
(``1;2``) in neither map. The options given on the command line are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main

TESTS = '''
import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression

RNG = np.random.default_rng(0)


@pytest.mark.parametrize("n", [1000, 20000])
def test_sort(benchmark, n):
    data = RNG.random(n)
    benchmark(np.sort, data)


@pytest.mark.parametrize("n", [32, 128])
def test_matmul(benchmark, n):
    a = RNG.random((n, n))
    benchmark(np.dot, a, a)


def test_predict_proba(benchmark):
    x, y = load_breast_cancer(return_X_y=True)
    model = LogisticRegression(max_iter=5000).fit(x, y)
    benchmark(model.predict_proba, x)
'''


def run() -> None:
    import json
    import tempfile

    import pytest

    truth = Truth()
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "test_bench.py").write_text(TESTS)
        report = Path(tmp) / "bench.json"
        options = {"--benchmark-time-unit": "us", "--benchmark-min-rounds": "5",
                   "--benchmark-max-time": "0.05", "--benchmark-sort": "mean"}
        code = pytest.main([str(Path(tmp) / "test_bench.py"), f"--rootdir={tmp}",
                            "-p", "no:cacheprovider", f"--benchmark-json={report}",
                            *[f"{k}={v}" for k, v in options.items()]])
        assert code == 0, code
        data = json.loads(report.read_text())
    for bench in data["benchmarks"]:
        name, stats = bench["name"], bench["stats"]
        truth.add(**{f"{name}/{column}": stats[key] * 1e6 for column, key in (
            ("Min", "min"), ("Max", "max"), ("Mean", "mean"), ("Median", "median"))})
        truth.allow(**{f"{name}/StdDev": stats["stddev"] * 1e6, f"{name}/IQR": stats["iqr"] * 1e6,
                       f"{name}/OPS (uops/s)": stats["ops"] * 1e6,
                       f"{name}/Rounds": stats["rounds"],
                       f"{name}/Iterations": stats["iterations"]})
    truth.write("pytest-benchmark's --benchmark-json stats of the same run, times x1e6 (the "
                "table's unit, fixed to us), as <test>/<column>; StdDev, IQR, OPS (x1e6, as the "
                "forced unit scales it), "
                "Rounds, Iterations optional; command-line options = params",
                libraries=("pytest-benchmark", "pytest", "numpy", "scikit-learn"),
                params={k.removeprefix("--benchmark-"): v for k, v in options.items()},
                rel=1e-3, abs_tol=5e-4)  # the table rounds to 4 decimals of a microsecond


if __name__ == "__main__":
    main(__file__, {"pytest-benchmark": run}, root=HELDOUT6)
