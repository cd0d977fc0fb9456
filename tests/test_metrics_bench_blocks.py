"""BENCH_BLOCK: set-in ``key: value`` fields under a heading naming a benchmark case are
``<case>/<key>``, a bracketed range two points, counts none; without such a heading the lines
are read as before."""

from __future__ import annotations

from expctl.metrics.bench_blocks import case_fields
from tests.metric_reading import read_with_params, values

_SUITE = (
    "benchmarking: parse json\n"
    "\twarmup... 3.10ms (10 runs)\n"
    "\ttotal: 120.40ms, runs: 100 (@ 10 calls/iter)\n"
    "\tfreq: 8305.65 ops/sec\n"
    "\tmean: 1.20ms, median: 1.02ms, range: [0.97..4.51]\n"
    "\tsd: 38.20%\n"
    "benchmarking: parse csv\n"
    "\twarmup... 1.70ms (10 runs)\n"
    "\ttotal: 60.10ms, runs: 100 (@ 10 calls/iter)\n"
    "\tfreq: 16638.94 ops/sec\n"
    "\tmean: 0.60ms, median: 0.55ms, range: [0.51..1.90]\n"
    "\tsd: 21.00%\n"
    'Fastest: "parse csv"\n'
)


def test_each_case_s_fields_are_named_by_the_case():
    got = values(_SUITE)
    assert got["parse json/mean"] == [1.2]
    assert got["parse csv/mean"] == [0.6]
    assert got["parse json/freq"] == [8305.65]
    assert got["parse csv/total"] == [60.1]
    assert got["parse csv/sd"] == [21.0]
    assert "mean" not in got and "freq/ops/sec" not in got


def test_a_range_gives_its_low_then_its_high():
    assert values(_SUITE)["parse json/range"] == [0.97, 4.51]


def test_a_count_of_runs_and_the_warmup_give_nothing():
    got, params = read_with_params(_SUITE)
    assert not [name for name in got if "runs" in name or "warmup" in name or "calls" in name]
    assert sorted({name.split("/", 1)[1] for name in got}) == [
        "freq", "mean", "median", "range", "sd", "total"]


def test_without_a_heading_above_the_lines_are_no_case():
    assert case_fields("\tmean: 1.20ms, median: 1.02ms", lambda k: ["results:"]) is None
    assert case_fields("\tmean: 1.20ms, median: 1.02ms", lambda k: ["benchmarking: a, b, c"]) is None
    assert case_fields("\tmean: 1.20ms", lambda k: ["benchmarking: sort", ""]) is None


def test_a_heading_reaches_over_set_in_lines_only():
    above = ["benchmarking: sort", "\twarmup... 2.0ms", "\tfreq: 12.5 ops/sec"]
    assert case_fields("\tq1: 0.50ms, q3: 0.58ms", lambda k: above) == [
        ("sort/q1", "0.50"), ("sort/q3", "0.58")]
    assert case_fields("\tq1: 0.50ms", lambda k: [*above, "done", "\tx: 1"]) is None


def test_a_line_that_is_no_list_of_fields_is_left_to_the_other_readers():
    assert case_fields("\tsee: the docs at 3 places", lambda k: ["bench: sort"]) is None
    assert case_fields("\tloss 0.5", lambda k: ["bench: sort"]) is None
