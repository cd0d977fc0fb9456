"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

A micro-benchmark with ``torch.utils.benchmark``, as PyTorch's benchmark recipe does: a naive
attention (``softmax(q @ k.T / sqrt(d)) @ v``) against ``F.scaled_dot_product_attention``.
The script prints its settings (``config: {...}``), then two ``Measurement`` objects as
``print(m)`` shows them (the object's repr line, ``label: sub_label``, the description,
``Median: 41.06 us``, ``IQR:    1.24 us (40.51 to 41.75)``, ``N measurements, M runs per
measurement, 1 thread``), then a ``Compare`` table (rows are sequence lengths, columns the
two implementations, under a ``1 threads:`` group line, coloured row-wise, ``Times are in
microseconds (us).``), and the speed-up of the fused kernel per length in the script's own words.

Truth: the ``Measurement`` objects themselves, scaled into the unit torch prints
(``common.select_unit``: each printed measurement by its own median, the table by its
smallest): ``Median`` a point per printed measurement, ``IQR`` optional (with the 25th and
75th percentiles shown after it); the table's cells ``<row>/<column>`` (``L=128/naive``), no
step; the speed-up lines' ``speedup`` (naive median over fused
median) at no step, one per length. ``measurements`` and ``runs per measurement`` are
optional counts, and so is the IQR as a percentage of the median, which torch prints in a
warning when the machine is noisy (``Interquartile range is 36.4% of the median``). The
config dict is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F
    import torch.utils.benchmark as benchmark
    from torch.utils.benchmark.utils import common

    torch.manual_seed(0)
    truth = Truth()
    config = {"dim": 32, "heads": 4, "batch": 2, "seq_lens": [32, 64, 128, 256],
              "threads": [1], "min_run_time": 0.15}
    print(f"config: {config}", flush=True)
    naive = ("torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(q.size(-1)), dim=-1) @ v")
    fused = "F.scaled_dot_product_attention(q, k, v)"

    def timer(length, stmt, description, threads=1):
        shape = (config["batch"], config["heads"], length, config["dim"])
        q, k, v = (torch.randn(shape) for _ in range(3))
        return benchmark.Timer(stmt=stmt, globals={"q": q, "k": k, "v": v, "torch": torch,
                                                   "F": F, "math": __import__("math")},
                               label="attention forward", sub_label=f"L={length}",
                               description=description, num_threads=threads)

    def show(measurement):
        print(measurement, flush=True)
        unit, scale = common.select_unit(measurement.median)
        truth.add(Median=measurement.median / scale)
        truth.allow(IQR=measurement.iqr / scale)
        truth.allow(IQR=measurement._p25 / scale)
        truth.allow(IQR=measurement._p75 / scale)
        truth.allow(**{"Interquartile range": 100 * measurement.iqr / measurement.median})
        truth.allow(**{"measurements": len(measurement.times),
                       "runs per measurement": measurement.number_per_run})

    show(timer(128, naive, "naive").blocked_autorange(min_run_time=config["min_run_time"]))
    show(timer(128, fused, "sdpa").blocked_autorange(min_run_time=config["min_run_time"]))

    results = []
    for threads in config["threads"]:
        for length in config["seq_lens"]:
            for stmt, description in ((naive, "naive"), (fused, "sdpa")):
                results.append(timer(length, stmt, description, threads)
                               .blocked_autorange(min_run_time=config["min_run_time"]))
    compare = benchmark.Compare(results)
    compare.colorize(rowwise=True)
    compare.print()
    sys.stdout.flush()
    unit, scale = common.select_unit(min(r.median for r in results))
    for r in results:
        truth.add(**{f"{r.sub_label}/{r.description}": r.median / scale})
    for length in config["seq_lens"]:
        pair = {r.description: r.median for r in results
                if r.sub_label == f"L={length}" and r.num_threads == 1}
        ratio = pair["naive"] / pair["sdpa"]
        print(f"L={length}: sdpa speedup over naive (1 thread): {ratio:.2f}x", flush=True)
        truth.add(speedup=ratio)
    truth.write("torch.utils.benchmark Measurement objects scaled by common.select_unit (each "
                "printed one by its median, the Compare table by its smallest): Median "
                "points, IQR and percentiles optional, cells <sub_label>/<description>; "
                "naive/sdpa median ratio as speedup; config = params",
                libraries=("torch",), params=config,
                rel=5.1e-3, abs_tol=5.1e-2)  # 3 significant digits; the table's 1 decimal


if __name__ == "__main__":
    main(__file__, {"torch-benchmark": run}, root=HELDOUT8)
