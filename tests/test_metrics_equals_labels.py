"""EQUALS_LABELS (equals_column): a printed frame of labels closed by '=' and their values."""

from __future__ import annotations

from tests.metric_reading import values


def test_each_row_is_named_by_its_whole_label():
    text = ("                  Welch test  results\n"
            "0  Difference (a - b) =   -1.2500\n"
            "1  Difference < 0 p value =    0.0310\n"
            "2          Glass's delta =    0.4120\n")
    # the '=' of rows 0 and 1 stand apart: only a right-aligned column is one frame
    assert "Difference < 0 p value" not in values(text)
    text = ("                  Welch test  results\n"
            "0      Difference (a - b) =   -1.2500\n"
            "1  Difference < 0 p value =    0.0310\n"
            "2           Glass's delta =    0.4120\n")
    got = values(text)
    assert got["Difference (a - b)"] == [-1.25]
    assert got["Difference < 0 p value"] == [0.031]
    assert got["Glass's delta"] == [0.412]
    assert "value" not in got


def test_rows_without_the_first_under_titles_are_no_frame():
    text = ("results:\n"
            "3      Difference (a - b) =   -1.2500\n"
            "4           Glass's delta =    0.4120\n")
    assert "Difference (a - b)" not in values(text)
