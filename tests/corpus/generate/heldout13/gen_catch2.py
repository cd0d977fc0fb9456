"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

C++ micro-benchmarks with Catch2's ``BENCHMARK`` (Debian's ``catch2`` 2.13.10, the single
header, built with g++ ``-O2``), as its documentation writes them: two test cases, each with a
``REQUIRE`` on the result and three benchmarks (recursive Fibonacci of 20, 22 and 24; sorting
1,000 and 10,000 integers and inserting 1,000 into a ``std::map``), run with
``--benchmark-samples 40``. The console reporter prints, per test case, its name and the
benchmark table: a three-line header (``benchmark name samples iterations estimated`` /
``mean low mean high mean`` / ``std dev low std dev high std dev``), then each benchmark's name
with its sample count, iteration count and estimated time, followed by two lines of durations
(mean with its bootstrap bounds; standard deviation with its bounds), each with a unit
(``ns``, ``us``, ``ms``); colours on a terminal; then ``All tests passed (2 assertions in 2
test cases)``.

Truth: Catch2's own ``BenchmarkStats`` handed to the reporter: the program's reporter is
Catch2's ``ConsoleReporter`` subclassed (``CATCH_REGISTER_REPORTER``) only to write each
``benchmarkEnded`` statistics to a JSON file before the console reporter prints them, and the
run uses ``-r recording``. ``<benchmark>/mean``, ``/low mean``, ``/high mean`` (``mean.point``,
``lower_bound``, ``upper_bound``), ``/std dev``, ``/low std dev``, ``/high std dev``
(``standardDeviation``), each in the unit Catch2 picks for it (ns below 1 µs, µs below 1 ms,
ms below 1 s, as its ``Duration`` does); optional ``/samples``, ``/iterations`` (counts) and
``/estimated`` (the run's time estimate, ``info.estimatedDuration``). The pass line's counts
are prose (neither map). Judgement: a row's name is the printed benchmark name; the benchmark's
own timings are its metrics. The command line's settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"benchmark-samples": 40, "reporter": "recording (ConsoleReporter)",
            "compiler": "g++ -O2 -std=c++17"}

SOURCE = r"""
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <vector>

namespace {

// The console reporter, writing each benchmark's statistics to a file before printing them.
struct RecordingReporter : Catch::ConsoleReporter {
    using ConsoleReporter::ConsoleReporter;
    static std::string getDescription() { return "console output, statistics recorded"; }
    void benchmarkEnded(Catch::BenchmarkStats<> const& s) override {
        std::ofstream out(std::getenv("CATCH_RECORD"), std::ios::app);
        out.precision(17);
        out << "{\"name\": \"" << s.info.name << "\", \"samples\": " << s.info.samples
            << ", \"iterations\": " << s.info.iterations
            << ", \"estimated\": " << s.info.estimatedDuration
            << ", \"mean\": " << s.mean.point.count()
            << ", \"mean_low\": " << s.mean.lower_bound.count()
            << ", \"mean_high\": " << s.mean.upper_bound.count()
            << ", \"std\": " << s.standardDeviation.point.count()
            << ", \"std_low\": " << s.standardDeviation.lower_bound.count()
            << ", \"std_high\": " << s.standardDeviation.upper_bound.count() << "}\n";
        ConsoleReporter::benchmarkEnded(s);
    }
};

std::uint64_t fib(std::uint64_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

std::vector<int> shuffled(int n) {
    std::vector<int> v(n);
    for (int i = 0; i < n; ++i) v[i] = i;
    std::shuffle(v.begin(), v.end(), std::mt19937(42));
    return v;
}

}  // namespace

CATCH_REGISTER_REPORTER("recording", RecordingReporter)

TEST_CASE("Fibonacci") {
    REQUIRE(fib(20) == 6765);
    BENCHMARK("fib 20") { return fib(20); };
    BENCHMARK("fib 22") { return fib(22); };
    BENCHMARK("fib 24") { return fib(24); };
}

TEST_CASE("Containers") {
    auto small = shuffled(1000), large = shuffled(10000);
    REQUIRE(small.size() == 1000);
    BENCHMARK("sort 1000") { auto v = small; std::sort(v.begin(), v.end()); return v.back(); };
    BENCHMARK("sort 10000") { auto v = large; std::sort(v.begin(), v.end()); return v.back(); };
    BENCHMARK("map insert 1000") {
        std::map<int, int> m;
        for (int x : small) m[x] = x;
        return m.size();
    };
}
"""


def in_unit(ns: float) -> float:
    """A duration in the unit Catch2's ``Duration`` prints it in."""
    for size in (1e9, 1e6, 1e3):
        if ns >= size:
            return ns / size
    return ns


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    s = SETTINGS
    work = Path(tempfile.mkdtemp(prefix="catch2-"))
    (work / "bench.cpp").write_text(SOURCE)
    subprocess.run(["g++", "-O2", "-std=c++17", "-o", str(work / "bench"),
                    str(work / "bench.cpp")], check=True)
    record = work / "stats.jsonl"
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    subprocess.run([str(work / "bench"), "-r", "recording", "--benchmark-samples",
                    str(s["benchmark-samples"])],
                   check=True, env={**os.environ, "CATCH_RECORD": str(record)})
    truth = Truth()
    columns = {"mean": "mean", "low mean": "mean_low", "high mean": "mean_high",
               "std dev": "std", "low std dev": "std_low", "high std dev": "std_high"}
    for line in record.read_text().splitlines():
        b = json.loads(line)
        truth.add(**{f"{b['name']}/{col}": in_unit(b[key]) for col, key in columns.items()})
        truth.allow(**{f"{b['name']}/samples": b["samples"],
                       f"{b['name']}/iterations": b["iterations"],
                       f"{b['name']}/estimated": in_unit(b["estimated"])})
    compiler = subprocess.run(["g++", "--version"], capture_output=True,
                              text=True).stdout.splitlines()[0]
    truth.write("Catch2 2.13.10's BenchmarkStats handed to a ConsoleReporter subclass that wrote "
                "them to JSON before printing (same run): mean and standardDeviation with "
                "their bounds as <benchmark>/<column>, in the unit Catch2's Duration picks; "
                f"samples, iterations, estimated optional; {compiler}",
                libraries=(), params=s, rel=1e-4, abs_tol=0.0)  # 6 significant digits


if __name__ == "__main__":
    main(__file__, {"catch2": run}, root=HELDOUT13)
