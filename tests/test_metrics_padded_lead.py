"""PADDED_LEAD: set-in names of words padded to a column of colons name the keys after them;
on invented reports."""

from __future__ import annotations

from tests.metric_reading import read

_REPORT = ("evidence = -4.836 +- 0.183\n"
           "  single run     : evidence = -4.836\n"
           "  resampled      : evidence = -4.848\n")


def test_each_padded_name_labels_its_line():
    got = read(_REPORT)
    assert got["single run/evidence"] == [(0.0, -4.836)]
    assert got["resampled/evidence"] == [(0.0, -4.848)]
    assert got["evidence"] == [(0.0, -4.836)]


def test_one_padded_line_alone_names_nothing():
    got = read("evidence = -4.836\n  single run     : other = 3.5\n")
    assert "single run/other" not in got
