"""SPARK_ROWS (spark_rows) on invented benchmark reports: rows printed over lines, each line
closed by a sparkline, under a one-line header that stacks their names; and ENDS_IN_MARKS
(grammar), which makes such lines candidates."""

from __future__ import annotations

import pytest

from expctl.metrics import grammar
from tests.metric_reading import read, values

REPORT = (
    "cpu: Example CPU @ 2.00GHz\n"
    "\n"
    "bench                     avg (min … max) p75 / p99    (min … top 1%)\n"
    "------------------------------------------ ------------------------------\n"
    "• parsing\n"
    "------------------------------------------ ------------------------------\n"
    "json small                 12.40 µs/iter  12.90 µs   ▂█▅\n"
    "                   (11.80 µs … 20.10 µs)  19.50 µs ▁▁▂▅█▃▁\n"
    "                  (  1.21 kb …   3.43 kb)   2.17 kb ▁▁█▁▁\n"
    "\n"
    "csv wide                    3.25 ms/iter   3.40 ms     █▃\n"
    "                     (3.01 ms … 4.75 ms)   4.60 ms ▂▅█▃▁▁\n"
    "\n"
    "• hashing\n"
    "------------------------------------------ ------------------------------\n"
    "sha-1                     830.12 ns/iter 845.00 ns  ▅█\n"
    "                   (801.00 ns … 1.02 µs)   0.99 µs ▁█▅▂▁\n"
)


def test_each_line_of_a_row_is_named_by_its_line_of_the_header():
    got = values(REPORT)
    assert got["json small/avg"] == [12.40] and got["json small/p75"] == [12.90]
    assert got["json small/min"] == [11.80] and got["json small/max"] == [20.10]
    assert got["json small/p99"] == [19.50]
    assert got["csv wide/avg"] == [3.25] and got["csv wide/max"] == [4.75]
    assert got["sha-1/min"] == [801.00] and got["sha-1/max"] == [1.02]  # a group heading between


def test_a_set_in_line_past_the_header_names_gives_nothing():
    got = values(REPORT)
    assert not any(1.21 in series or 3.43 in series or 2.17 in series for series in got.values())
    assert set(got) == {f"{label}/{name}" for label in ("json small", "csv wide", "sha-1")
                        for name in ("avg", "min", "max", "p75", "p99")}


def test_the_values_have_no_step():
    assert read(REPORT)["csv wide/p99"] == [(0.0, 4.60)]


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_any_cut_of_the_output_reads_the_same(chunk):
    assert read(REPORT, chunk) == read(REPORT)


def test_a_header_stacking_no_name_reads_no_row_over_lines():
    plain = REPORT.replace("avg (min … max) p75 / p99    (min … top 1%)", "avg            p75")
    assert not any("/min" in name or "/p99" in name for name in values(plain))


def test_a_row_under_no_header_gives_nothing():
    rows = "".join(REPORT.splitlines(keepends=True)[6:9])
    assert values(rows) == {}


@pytest.mark.parametrize("line, candidate", [
    ("json small                 12.40 µs/iter  12.90 µs   ▂█▅", True),
    ("                   (11.80 µs … 20.10 µs)  19.50 µs ▁▁▂▅█▃▁  ", True),
    ("                   (  1.21 kb …   3.43 kb)   2.17 kb ▁▁█", True),
    ("loading weights ▁▂▃▄▅▆▇█", False),  # a chart after no amount
    ("▁▂▃▄▅▆▇█", False),
])
def test_a_line_closed_by_a_sparkline_after_an_amount_is_a_candidate(line, candidate):
    assert grammar.may_hold_metrics(line) is candidate
