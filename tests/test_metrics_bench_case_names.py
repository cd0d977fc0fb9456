"""BENCH_CASE_NAME: a benchmark case's value is ``<case>/<unit>`` when only its unit labels it,
whatever separates the case from the value, so a runner's rows and a runner's columns give one
name; RATE_QUANTITY: a label naming a rate is the quantity itself; RATE_WORDS: a name closing
in a cost per operation is a rate, whatever words its case holds."""

from __future__ import annotations

import pytest

from tests.metric_reading import values


@pytest.mark.parametrize("text, name", [
    ("parse x 12,345 ops/sec ±1.10% (91 runs sampled)\n", "parse/ops/sec"),  # benchmark.js
    ("  parse:\n    12 345 ops/sec, ±1.10%\n", "parse/ops/sec"),  # a heading, then the value
    ("parse: 12,345 ops/sec ±1.1%\n", "parse/ops/sec"),
    ("test parse ... bench:      12,345 ns/iter (+/- 80)\n", "parse/ns/iter"),  # libtest
    ("BenchmarkParse-8   \t  98000\t     12345 ns/op\n", "BenchmarkParse-8/ns/op"),  # go test
])
def test_a_value_only_its_unit_labels_is_named_by_case_and_unit(text, name):
    assert values("loss=0.5\n" + text)[name] == [12345.0]


def test_two_units_of_one_case_stay_two_series():
    got = values("loss=0.5\n"
                 "test copy ... bench:       6,840 ns/iter (+/- 2,385) = 9581 MB/s\n")
    assert got["copy/ns/iter"] == [6840.0] and got["copy/MB/s"] == [9581.0]
    assert "copy" not in got


@pytest.mark.parametrize("line, name", [
    ("throughput: 1200 ops/s\n", "throughput"),
    ("write rate: 51,200 ops/s\n", "write rate"),
])
def test_a_label_that_names_a_rate_is_the_quantity(line, name):
    got = values("loss=0.5\n" + line)
    assert name in got and not [other for other in got if other.startswith(name + "/")]


@pytest.mark.parametrize("case", ["sum_10k", "count_words", "num_tokens"])
def test_a_cost_per_operation_is_kept_whatever_its_case_is_called(case):
    line = f"test {case} ... bench:           3 ns/iter (+/- 1)\n"
    assert values("loss=0.5\n" + line)[f"{case}/ns/iter"] == [3.0]
