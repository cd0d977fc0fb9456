"""PAREN_LAST_CELL: a row's last number in parentheses is a column of its own (Ruby's
Benchmark), and a ``total`` column is no cut step word, on invented lines."""

from __future__ import annotations

from tests.metric_reading import values
from expctl.metrics.row_marks import row_text


def test_a_parenthesised_last_number_is_the_last_column():
    text = ("               user     system      total        real\n"
            "parse       0.120000   0.010000   0.130000 (  0.141234)\n"
            "render      0.050000   0.000000   0.050000 (  0.052001)\n")
    assert values(text) == {
        "parse/user": [0.12], "parse/system": [0.01], "parse/total": [0.13], "parse/real": [0.141234],
        "render/user": [0.05], "render/system": [0.0], "render/total": [0.05], "render/real": [0.052001]}


def test_labels_closed_by_a_colon_and_a_marked_summary_row_are_rows():
    text = ("              user     system      total        real\n"
            "read:     0.010000   0.000000   0.010000 (  0.020000)\n"
            "write:    0.030000   0.010000   0.040000 (  0.050000)\n"
            ">sum:     0.040000   0.010000   0.050000 (  0.070000)\n")
    got = values(text)
    assert got["read/real"] == [0.02] and got["write/total"] == [0.04]
    assert got["sum/real"] == [0.07] and len(got) == 12


def test_blanking_keeps_every_cell_in_its_column():
    line = "write:    0.030000   0.010000   0.040000 (  0.050000)"
    text = row_text(line)
    assert len(text) == len(line) and text.index("0.050000") == line.index("0.050000")
    assert "(" not in text and ":" not in text


def test_a_ratio_after_every_cell_is_left_alone():
    line = "test_sort     2.8550 (2.26)    4.1297 (1.0)"
    assert row_text(line) == line
