"""MEMORY_REPORT: sizes set in under a memory profiler's headings, on invented lines."""

from __future__ import annotations

import pytest

from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import values

_REPORT = ("Total allocations:\n"
           "\t4180\n"
           "\n"
           "Total memory allocated:\n"
           "\t41.5MB\n"
           "\n"
           "Histogram of allocation size:\n"
           "\tmin: 8.000B\n"
           "\t----------------\n"
           "\t< 64.000B   :   12 ▇\n"
           "\t< 1.024kB   :  301 ▇▇▇\n"
           "\t----------------\n"
           "\tmax: 2.097MB\n"
           "\n"
           "Top 3 largest allocating locations (by size):\n"
           "\t- build:prep.py:12 -> 20.125MB\n"
           "\t- load:<frozen io>:88 -> 95.500kB\n"
           "\n"
           "Top 3 largest allocating locations (by number of allocations):\n"
           "\t- build:prep.py:12 -> 3100\n"
           "\n"
           "Top 3 allocating modules (by size):\n"
           "\t- prep: 40.250MB total | 3900 allocations\n")


def test_each_size_is_named_by_its_label_or_heading():
    assert values(_REPORT) == {"Total memory allocated": [41.5], "min": [8.0], "max": [2.097],
                               "build:prep.py:12": [20.125], "load:<frozen io>:88": [95.5],
                               "prep": [40.25]}


def test_a_heading_naming_no_memory_reads_nothing():
    text = ("Top 3 slowest steps (by time):\n"
            "\t- build:prep.py:12 -> 20.125MB\n"
            "\t- load:<frozen io>:88 -> 95.500kB\n")
    assert values(text) == {}


def test_a_size_flush_left_is_no_line_of_the_block():
    text = ("Peak memory usage:\n"
            "- build:prep.py:12 -> 20.125MB\n")
    assert values(text) == {}


_ARROW_LINES = ["\t- build:prep.py:12 -> 20.125MB", "a -> 3.5 kB", "a-> 3.5kB", "a > 3.5kB",
                "a -> x3.5kB", "-> 7s", "a - > 2ms"]


def test_a_size_after_an_arrow_is_a_candidate():
    assert [may_hold_metrics(line) for line in _ARROW_LINES] == [True, True, True, False,
                                                                  False, True, False]


def test_the_compiled_scan_takes_the_same_arrow_lines():
    compiled = pytest.importorskip("expctl.metrics._scan")
    text = "\n".join(_ARROW_LINES)
    starts, at = [], 0
    for line in _ARROW_LINES:
        if may_hold_metrics(line):
            starts.append(at)
        at += len(line) + 1
    assert compiled.candidate_starts(text.encode("ascii"), 0, len(text), 64) == starts


def test_a_machines_memory_is_no_measurement():
    text = ("Memory:\n"
            "\tTotal: 16.000GB\n"
            "\tAvailable: 8.250GB\n")
    assert values(text) == {}
