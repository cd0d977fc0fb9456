"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

C++ micro-benchmarks with Google Benchmark (Debian's ``libbenchmark-dev`` 1.7.1, g++ ``-O2``):
the generator writes a small benchmark program, compiles it and runs it with its console
reporter (colours on a terminal, none on a pipe) and, in the same run, its JSON file reporter
(``--benchmark_out``). The program sorts vectors over a range of sizes with a complexity fit
(``_BigO``/``_RMS`` rows) and ``SetItemsProcessed``, sums vectors of two sizes with three
repetitions (aggregates ``_mean``, ``_median``, ``_stddev``, ``_cv``), ``SetBytesProcessed``
and a user counter ``elements``, and concatenates strings.

Truth: the JSON reporter's records of the same run: each row's ``real_time``
(``<benchmark>/Time``) and ``cpu_time`` (``<benchmark>/CPU``) in the row's ``time_unit``, as
printed (``_cv`` rows as percentages); the counters (``<benchmark>/items_per_second``,
``<benchmark>/bytes_per_second``, ``<benchmark>/elements``) in the unit the console picks for
them (1000-based k/M/G for items and counters, 1024-based for bytes, as Google Benchmark's
human-readable format does; percentages on ``_cv`` rows); the complexity fit's coefficients
(``BM_Sort_BigO/Time`` = ``real_coefficient``, ``BM_Sort_BigO/CPU`` = ``cpu_coefficient``).
Optional: ``Iterations`` per row, the CPU ``_RMS`` (the JSON keeps one RMS, printed as a
rounded percentage; the real-time RMS is kept nowhere and is in neither map) and the
``Load Average`` of the header. Judgement: a row's name is the benchmark's full printed name
(``BM_Accumulate/1024/repeats:3_mean``); the three repetitions share one name, unstepped; the
header's machine description (CPU MHz, caches) is in neither map. Timings differ between the
terminal and pipe captures; each truth is its own run's.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"min_time_s": 0.05, "sort_range": "256..16384 x4", "accumulate_args": "1024, 65536",
            "repetitions": 3, "cxxflags": "-O2"}

SOURCE = r"""
#include <benchmark/benchmark.h>
#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

static void BM_Sort(benchmark::State& state) {
  std::mt19937 rng(42);
  std::vector<int> v(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    for (auto& x : v) x = static_cast<int>(rng());
    state.ResumeTiming();
    std::sort(v.begin(), v.end());
  }
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Sort)->RangeMultiplier(4)->Range(256, 16384)->Complexity(benchmark::oNLogN);

static void BM_Accumulate(benchmark::State& state) {
  std::vector<double> v(state.range(0), 1.5);
  for (auto _ : state) benchmark::DoNotOptimize(std::accumulate(v.begin(), v.end(), 0.0));
  state.SetBytesProcessed(state.iterations() * state.range(0) * sizeof(double));
  state.counters["elements"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_Accumulate)->Arg(1024)->Arg(65536)->Repetitions(3);

static void BM_StringConcat(benchmark::State& state) {
  for (auto _ : state) {
    std::string s;
    for (int i = 0; i < 64; ++i) s += "abc";
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_StringConcat);

BENCHMARK_MAIN();
"""


def human(value: float, base: int) -> float:
    """The number Google Benchmark prints before its k/M/G (or Ki/Mi/Gi) prefix: none below
    1.1 of its base (``elements=1024`` is printed as such, 65536 as ``65.536k``)."""
    for _ in range(4):
        if abs(value) < 1.1 * base:
            break
        value /= base
    return value


def run() -> None:
    import json
    import subprocess
    import tempfile

    s = SETTINGS
    work = Path(tempfile.mkdtemp(prefix="gbench-"))
    (work / "bm.cc").write_text(SOURCE)
    subprocess.run(["g++", s["cxxflags"], str(work / "bm.cc"), "-o", str(work / "bm"),
                    "-lbenchmark", "-lpthread"], check=True)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    out = work / "out.json"
    subprocess.run([str(work / "bm"), f"--benchmark_min_time={s['min_time_s']}",
                    f"--benchmark_out={out}", "--benchmark_out_format=json"], check=True)
    data = json.loads(out.read_text())
    truth = Truth()
    for v in data["context"]["load_avg"]:
        truth.allow(**{"Load Average": v})
    for b in data["benchmarks"]:
        name = b["name"]
        if b.get("aggregate_name") == "BigO":
            truth.add(**{f"{name}/Time": b["real_coefficient"],
                         f"{name}/CPU": b["cpu_coefficient"]})
            continue
        if b.get("aggregate_name") == "RMS":
            truth.allow(**{f"{name}/CPU": 100 * b["rms"]})
            continue
        pct = b.get("aggregate_unit") == "percentage"
        scale = 100 if pct else 1
        truth.add(**{f"{name}/Time": scale * b["real_time"], f"{name}/CPU": scale * b["cpu_time"]})
        truth.allow(Iterations=b["iterations"])
        for counter, base in (("items_per_second", 1000), ("bytes_per_second", 1024),
                              ("elements", 1000)):
            if counter in b:
                value = 100 * b[counter] if pct else human(b[counter], base)
                truth.add(**{f"{name}/{counter}": value})
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libbenchmark-dev"],
                             capture_output=True, text=True).stdout
    truth.write("Google Benchmark's JSON reporter of the same run (--benchmark_out): real_time "
                "and cpu_time per row (<benchmark>/Time, /CPU), counters in the printed unit "
                "(k/M/G 1000-based, bytes 1024-based; _cv rows in percent), BigO coefficients; "
                f"iterations, CPU RMS, load average optional; libbenchmark-dev {version}",
                libraries=(), params=s, rel=5e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"google-benchmark": run}, root=HELDOUT12)
