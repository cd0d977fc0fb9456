"""MARK_COLUMN and SKIPPED_ROW: a solver log's marked rows and its placeholder rows, on
invented logs in other wordings than any real solver's."""

from __future__ import annotations

from expctl.metrics.row_marks import row_text
from tests.metric_reading import read, values


def test_a_marked_row_is_read_under_the_header_like_the_others():
    text = ("    round    lower      upper     spread\n"
            "        1   12.500     40.000     68.75%\n"
            "*       2   12.500     20.000     37.50%\n"
            "        3   18.000     20.000     10.00%\n")
    got = values(text)
    assert got["upper"] == [40.0, 20.0, 20.0]
    assert got["lower"] == [12.5, 12.5, 18.0]


def test_the_mark_is_blanked_and_every_cell_keeps_its_column():
    line = "H       14   3.25   7.00"
    text = row_text(line)
    assert text == " " + line[1:] and len(text) == len(line)


def test_a_label_or_a_bullet_is_no_mark():
    for line in ("H2   0.51  0.77", "* loss 0.5", "Hx      3   0.25", "H 3  0.25  0.5"):
        assert row_text(line) == line


def test_a_placeholder_row_leaves_its_barred_table_open():
    text = ("step |  residual  |   cost   \n"
            "=============================\n"
            "   0 | ----------------------\n"
            "   1 |  4.000e-01 |  2.5e+00 \n"
            "   2 |  1.000e-01 |  1.5e+00 \n"
            "   3 |            |          \n"
            "   4 |  2.000e-03 |  1.1e+00 \n")
    got = values(text)
    assert got["residual"] == [0.4, 0.1, 0.002]
    assert got["cost"] == [2.5, 1.5, 1.1]


def test_symbols_that_label_every_row_are_no_marks():
    text = ("    n      min      max\n"
            "x   5    1.250    4.500\n"
            "+   5    1.750    3.500\n"
            "notes: two sets compared\n"
            "*   5    1.100    2.900\n")
    found = read(text)
    assert "min" not in found and found["*/min"] == [(0.0, 1.1)]  # each symbol labels its row
    assert row_text("*   5    1.100    2.900", lambda count: text.splitlines()[:4][-count:])[:1] == "*"
    assert row_text("*   5    1.100    2.900", lambda count: ["    n      min      max"])[:1] == " "
