"""KEYED_RATE: a benchmark case's name closed by a colon (on its own line, as a heading, or
before the value) and one rated value with its spread and a verdict after a bar; HEADING_NAME:
a heading of several words names the value under it in full; ENDS_IN_BAR_ASIDE: a value's line
closed by a verdict after a bar is a candidate line, in the compiled scan as in Python."""

from __future__ import annotations

import pytest

from expctl.metrics import scan
from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import read_with_params, values

_SUITE = (
    'Running "sorting" suite...\n'
    "Progress: 100%\n"
    "\n"
    "  quick sort:\n"
    "    1 204 311.52 ops/s, ±1.87%   | fastest\n"
    "\n"
    "  insertion sort:\n"
    "    86 402.09 ops/s, ±4.10%     | slowest, 92.83% slower\n"
    "\n"
    "  merge sort:\n"
    "    903 117.60 ops/s, ±2.44%   | 25.01% slower\n"
)


def test_each_case_is_named_by_its_whole_heading_with_its_verdict():
    got = values(_SUITE)
    assert got["quick sort/ops/s"] == [1204311.52]
    assert got["insertion sort/ops/s"] == [86402.09]
    assert got["insertion sort/slower"] == [92.83]
    assert got["merge sort/ops/s"] == [903117.6]
    assert got["merge sort/slower"] == [25.01]
    assert "sort/ops/s" not in got and "quick sort/fastest" not in got


def test_a_measured_rate_before_any_other_output_is_no_setting():
    got, params = read_with_params("  parse:\n    52 300.10 ops/s, ±0.90%\n"
                                   "  render:\n    8 041.77 ops/s, ±3.20%\n")
    assert got == {"parse/ops/s": [(0.0, 52300.1)], "render/ops/s": [(0.0, 8041.77)]}
    assert params == []


def test_the_name_and_value_on_one_line_name_the_case_and_its_unit():
    assert values("loss=0.5\nencode: 12,500 ops/sec ±1.2%\n")["encode/ops/sec"] == [12500.0]


def test_a_rate_without_an_operation_is_no_case():
    got = values("loss=0.5\n  download:\n    12 500 MB/s, ±1.2%\n")
    assert not [name for name in got if name.startswith("download")]


@pytest.mark.parametrize("line", [
    "    1 204 311.52 ops/s, ±1.87%   | fastest",
    "    86 402.09 ops/s, ±4.10%     | slowest, 92.83% slower",
    "  val acc 0.91 | best so far",
])
def test_a_verdict_after_a_bar_keeps_a_value_line_a_candidate(line):
    assert may_hold_metrics(line)


@pytest.mark.parametrize("line", [
    "see the docs | install notes",
    "a value 3|ok",
    "loss 0.5 |" + "x" * 45,
])
def test_a_bar_aside_after_prose_or_glued_or_too_long_is_none(line):
    assert not may_hold_metrics(line)


def test_the_compiled_scan_agrees_on_bar_asides():
    if scan.compiled_starts is None:
        pytest.skip("the compiled scan is not built")
    lines = ["  val acc 0.91 | best so far", "see the docs | install notes", "loss 0.5 | ok",
             "a value 3|ok", "loss 0.5 |" + "x" * 45, "x | 0.5 | fine", "| a", "3 | b c d"]
    text = "\n".join(lines).encode("ascii") + b"\n"
    starts = scan.compiled_starts(text, 0, len(text), 1000)
    found = {text[s:text.index(b"\n", s)].decode() for s in starts}
    assert found == {line for line in lines if may_hold_metrics(line)}
