"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

Rust benchmarks with criterion (0.3.6, Debian's ``librust-criterion-dev``, built offline by
cargo from Debian's crate registry), ``cargo bench`` run twice on the same four benchmarks so
that the second run compares itself with the first: ``fib 15``, ``sort 500`` and a group
``sum`` with ``Throughput::Elements`` over two sizes (``sum/1000``, ``sum/10000``); warm-up
0.5 s, measurement 1 s, 30 samples. criterion prints, per benchmark, ``fib 15   time:   [1.2345
µs 1.2400 µs 1.2456 µs]`` (the lower bound, estimate and upper bound), for the group also
``thrpt:  [801.2 Melem/s 806.4 Melem/s 810.0 Melem/s]``, on the second run ``change: [-1.2%
+0.3% +1.9%] (p = 0.56 > 0.05)`` and a verdict (``No change in performance detected.``), and
outlier counts (``Found 3 outliers among 30 measurements (10.00%)``, ``2 (6.67%) high mild``).
On a terminal it also redraws ``Benchmarking fib 15: Warming up for 500.00 ms`` lines and uses
colours and bold: the pipe capture differs. cargo prints ``Finished``/``Running`` on stderr (the
build is done before the capture, outside it).

Truth: criterion's own files of the same runs, read after each ``cargo bench``:
``target/criterion/<id>/new/estimates.json`` (``slope``, or ``mean`` where there is no slope,
which is what criterion's report calls the typical estimate: point estimate and 95% confidence
bounds, in ns) and ``benchmark.json`` (the id, the throughput), and on the second run
``change/estimates.json`` (``mean``: point and bounds, a fraction). Values are turned into the
printed units as criterion's formatter does: a time in ps/ns/µs/ms/s by its size, a throughput
as elements / time in elem/s with a K/M/G prefix, a change in percent. Names: ``<benchmark>/time``
(three points: the bounds and the estimate share the name, as the bracket shares one label),
``<benchmark>/thrpt``, ``<benchmark>/change``; for a benchmark with a throughput criterion
prints the change as a block, ``change:`` over a ``time: [-25.586% -16.467% -6.6221%] (p =
0.00 < 0.05)`` line and a ``thrpt: [+7.0917% +19.714% +34.383%]`` line, named
``<benchmark>/change/time`` and ``<benchmark>/change/thrpt`` (the throughput's change is
1 / (1 + the time's change) − 1, bounds swapped, as criterion computes it).
Judgement: the p-value (``p = 0.56``) and the
outlier counts and percentages are in neither map (criterion writes neither to a file; the
p-value is a test statistic, the outliers a count); the run settings are params. Timings
depend on the machine's load; the truth is the same run's.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

WORK = Path("/tmp/heldout15-criterion")  # kept between runs: the build takes two minutes
SETTINGS = {"warm_up_ms": 500, "measurement_s": 1, "sample_size": 30}

CARGO_CONFIG = """[source.crates-io]
replace-with = "debian"
[source.debian]
directory = "/usr/share/cargo/registry"
[net]
offline = true
"""
CARGO_TOML = """[package]
name = "h15bench"
version = "0.1.0"
edition = "2021"

[dev-dependencies]
criterion = { version = "0.3", default-features = false }

[[bench]]
name = "kernels"
harness = false
"""
BENCH_RS = """use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion,
                Throughput};
use std::time::Duration;

fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }

fn kernels(c: &mut Criterion) {
    c.bench_function("fib 15", |b| b.iter(|| fib(black_box(15))));
    let mut data: Vec<u64> = (0..500u64).map(|i| (i * 7919) % 1013).collect();
    c.bench_function("sort 500", |b| b.iter(|| { let mut v = data.clone(); v.sort(); v }));
    data.clear();
    let mut group = c.benchmark_group("sum");
    for n in [1000u64, 10000] {
        let xs: Vec<u64> = (0..n).collect();
        group.throughput(Throughput::Elements(n));
        group.bench_with_input(BenchmarkId::from_parameter(n), &xs,
                               |b, xs| b.iter(|| xs.iter().map(|x| x ^ 3).sum::<u64>()));
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_millis(WARM))
        .measurement_time(Duration::from_secs(MEAS)).sample_size(SAMPLES);
    targets = kernels
}
criterion_main!(benches);
"""


def time_in_unit(ns: float) -> float:
    """criterion's format::time: the number it prints before ps, ns, µs, ms or s."""
    for limit, scale in ((1.0, 1e-3), (1e3, 1.0), (1e6, 1e3), (1e9, 1e6)):
        if ns < limit:
            return ns / scale
    return ns / 1e9


def elements_in_unit(per_second: float) -> float:
    """criterion's throughput formatting: elem/s with a K, M or G prefix (1000-based)."""
    for scale in (1e9, 1e6, 1e3):
        if per_second >= scale:
            return per_second / scale
    return per_second


def prepare() -> None:
    import subprocess

    (WORK / "benches").mkdir(parents=True, exist_ok=True)
    (WORK / "src").mkdir(exist_ok=True)
    (WORK / ".cargo").mkdir(exist_ok=True)
    (WORK / ".cargo" / "config.toml").write_text(CARGO_CONFIG)
    (WORK / "Cargo.toml").write_text(CARGO_TOML)
    (WORK / "src" / "lib.rs").write_text("")
    s = SETTINGS
    (WORK / "benches" / "kernels.rs").write_text(
        BENCH_RS.replace("WARM", str(s["warm_up_ms"])).replace("MEAS", str(s["measurement_s"]))
        .replace("SAMPLES", str(s["sample_size"])))
    subprocess.run(["cargo", "bench", "--no-run", "-q"], cwd=WORK, check=True,
                   capture_output=True)


def read_run(truth: Truth, second: bool) -> None:
    import json

    for bench in sorted((WORK / "target" / "criterion").glob("**/new/benchmark.json")):
        meta = json.loads(bench.read_text())
        est = json.loads((bench.parent / "estimates.json").read_text())
        typical = est.get("slope") or est["mean"]
        ci = typical["confidence_interval"]
        ns = [ci["lower_bound"], typical["point_estimate"], ci["upper_bound"]]
        name = meta["full_id"]
        for value in ns:
            truth.add(**{f"{name}/time": time_in_unit(value)})
        elements = (meta.get("throughput") or {}).get("Elements")
        if elements:
            for value in reversed(ns):
                truth.add(**{f"{name}/thrpt": elements_in_unit(elements * 1e9 / value)})
        change = bench.parent.parent / "change" / "estimates.json"
        if second and change.exists():
            mean = json.loads(change.read_text())["mean"]
            bounds = mean["confidence_interval"]
            change = [bounds["lower_bound"], mean["point_estimate"], bounds["upper_bound"]]
            label = f"{name}/change/time" if elements else f"{name}/change"
            for value in change:
                truth.add(**{label: value * 100})
            if elements:  # the throughput's change, as criterion derives it from the time's
                for value in reversed(change):
                    truth.add(**{f"{name}/change/thrpt": (1 / (1 + value) - 1) * 100})


def run() -> None:
    import shutil
    import subprocess

    prepare()
    shutil.rmtree(WORK / "target" / "criterion", ignore_errors=True)
    print("settings: " + " ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    truth = Truth()
    for second in (False, True):
        subprocess.run(["cargo", "bench"], cwd=WORK, check=True)
        read_run(truth, second)
    version = subprocess.run(["cargo", "--version"], capture_output=True, text=True).stdout
    truth.write("criterion's own files of the same runs: new/estimates.json (slope, else mean: "
                "bounds and estimate) and benchmark.json (id, throughput) after each cargo "
                "bench, change/estimates.json (mean) after the second; in the printed units; "
                f"criterion 0.3.6 (Debian librust-criterion-dev 0.3.6-4), {version.strip()}",
                libraries=(), params=SETTINGS, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"criterion": run}, root=HELDOUT15)
