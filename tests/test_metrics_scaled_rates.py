"""SI_VALUE, COUNT_IN_TIME and KEYED_RATE's dash verdict: a benchmark case's rated value with
an SI letter glued to it is read in full, its bracketed spread and the closing ``- <count> in
<time>s`` are no points, and a comparison's ``- 3.10x  slower`` is the case's verdict; each
value is named ``<case>/<unit>`` (BENCH_CASE_NAME)."""

from __future__ import annotations

import pytest

from expctl.metrics.rates import number_text, read_rates
from tests.metric_reading import read_with_params, values

_REPORT = (
    "Calculating -------------------------------------\n"
    "              encode     52.118k (± 3.1%) i/s -    261.590k in   5.019224s\n"
    "              decode      1.204M (±11.0%) i/s -      5.990M in   4.998001s\n"
    "               parse    873.000  (± 0.8%) i/s -      4.386k in   5.024471s\n"
    "\n"
    "Comparison:\n"
    "              decode:  1204113.9 i/s\n"
    "              encode:    52118.2 i/s - 23.10x  slower\n"
    "               parse:      873.0 i/s - 1379.28x  slower\n"
)


def test_each_case_is_its_rate_in_full_under_case_and_unit():
    got = values(_REPORT)
    assert got["encode/i/s"] == [52118.0, 52118.2]
    assert got["decode/i/s"] == [1204000.0, 1204113.9]
    assert got["parse/i/s"] == [873.0, 873.0]


def test_a_comparison_after_a_dash_gives_how_many_times_slower():
    got = values(_REPORT)
    assert got["encode/slower"] == [23.1]
    assert got["parse/slower"] == [1379.28]
    assert "decode/slower" not in got


def test_the_spread_and_the_count_in_its_time_give_no_point():
    got = values(_REPORT)
    assert sorted(got) == ["decode/i/s", "encode/i/s", "encode/slower", "parse/i/s", "parse/slower"]
    assert all(261590.0 not in series and 5.019224 not in series for series in got.values())


def test_a_listed_fastest_case_without_a_verdict_is_no_setting():
    got, params = read_with_params(_REPORT)
    assert got["decode/i/s"][-1] == (1.0, 1204113.9)
    assert params == []


@pytest.mark.parametrize("text, expected", [
    ("14.436k", 14436.0), ("128.421k", 128421.0), ("1.5M", 1500000.0), ("2G", 2e9),
    ("1,204", 1204.0), ("326.000", 326.0), ("1 065 154.19", 1065154.19),
])
def test_a_printed_number_reads_as_plain_digits(text, expected):
    assert float(number_text(text)) == expected  # exactly: no float's 128420.99999999999


@pytest.mark.parametrize("line", [
    "epoch 3     12.5k i/s",  # a step word opens it: a progress display
    "copy    12k  0.75 MB/s",  # no operation counted
    "upload  1.2k (± 3.0%) kB/s - 5.1k in 1.0s",
])
def test_lines_that_count_no_operation_or_open_with_a_step_are_no_case(line):
    assert read_rates(line) is None


def test_a_case_named_before_a_colon_reads_its_scaled_value_in_full():
    got = values("loss=0.5\n  push:\n    1.2M ops/s, ±2.95%   | fastest\nencode: 3.5k ops/sec ±1.2%\n")
    assert got["push/ops/s"] == [1200000.0]
    assert got["encode/ops/sec"] == [3500.0]


def test_two_rates_alone_before_any_result_stay_settings():
    got, params = read_with_params("write_limit: 100 ops/s\nread_limit: 200 ops/s\nepoch 1 loss 0.5\n")
    assert not [name for name in got if "limit" in name]
    assert ("write_limit", "100 ops/s") in params and ("read_limit", "200 ops/s") in params
