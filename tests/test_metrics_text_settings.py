"""A line of ``key=value`` settings, a word among the values (TEXT_SETTINGS), is params
wherever it stands, on invented lines in the shape a storage benchmark prints its job with."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_job_line_of_text_settings_gives_nothing_though_a_label_qualifies_a_pair():
    line = "job1: (g=0): rw=randrw, bs=(R) 4096B-4096B, ioengine=psync, iodepth=4\n"
    assert values(line) == {}
