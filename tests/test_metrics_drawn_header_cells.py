"""DRAWN_HEADER_CELLS: a box-drawn header whose names wrap inside their cells, a heading cell
spanning a group of columns above theirs, on invented lines in PSPP's layout."""

from __future__ import annotations

from expctl.metrics.drawn_headers import drawn_header
from tests.metric_reading import values

def _box(header_lines: list[str]) -> list[str]:
    return header_lines + ["├──────┼──────┼────────┼──────┼───────┼───────────┤"]


def test_each_column_is_named_by_its_own_cell():
    lines = ["╭──────┬──────┬────────┬──────┬───────┬───────────╮",
             "│      │      │  Std.  │      │       │  Sig. (2- │",
             "│      │ Mean │Deviatio│Lower │ Upper │  tailed)  │"]
    assert drawn_header(_box(lines), 6) == ["", "Mean", "Std. Deviatio", "Lower", "Upper",
                                            "Sig. (2-tailed)"]


def test_a_spanning_cell_names_no_column():
    lines = ["╭──────┬──────────────────────────────────────────╮",
             "│      │           Paired Differences             │",
             "│      ├──────┬────────┬──────────────┬───────────┤",
             "│      │      │  Std.  │   Interval   │  Sig. (2- │",
             "│      │      │        ├──────┬───────┤           │",
             "│      │ Mean │Deviatio│Lower │ Upper │  tailed)  │"]
    assert drawn_header(_box(lines), 6) == ["", "Mean", "Std. Deviatio", "Lower", "Upper",
                                            "Sig. (2-tailed)"]


def test_a_header_of_one_line_is_left_to_the_other_readers():
    lines = ["╭──────┬──────┬────────┬──────┬───────┬───────────╮",
             "│      │ Mean │   SD   │Lower │ Upper │     p     │"]
    assert drawn_header(_box(lines), 6) is None


def test_the_rows_values_take_the_whole_names():
    text = ("╭──────┬──────┬────────┬───────────╮\n"
            "│      │      │  Std.  │  Sig. (2- │\n"
            "│      │ Mean │Deviatio│  tailed)  │\n"
            "├──────┼──────┼────────┼───────────┤\n"
            "│pre   │  2.31│    4.10│       .001│\n"
            "│post  │  1.12│    3.92│       .030│\n"
            "╰──────┴──────┴────────┴───────────╯\n")
    found = values(text)
    assert found["pre/Std. Deviatio"] == [4.1]
    assert found["post/Sig. (2-tailed)"] == [0.03]
    assert "pre/Deviatio" not in found
