"""NAMED_FRAME: an R data frame whose first text column names its numbered rows, on invented
output."""

from __future__ import annotations

from tests.metric_reading import read


def test_the_first_text_column_names_each_rows_numbers():
    text = ("Fitted terms:\n"
            "      term block lag  coef     se ubound\n"
            "1    slope     B   1 0.812 0.0604       \n"
            "2    drift     D   q 0.044 0.0301    0.5\n"
            "3    scale     S   q 1.930 0.2110       \n"
            "\n")
    got = read(text)
    assert got["slope/coef"] == [(0.0, 0.812)]
    assert got["drift/se"] == [(0.0, 0.0301)]
    assert got["scale/coef"] == [(0.0, 1.93)]
    assert not any(name.endswith(("/lag", "/ubound")) for name in got)


def test_a_frame_printed_set_in_reads_the_same():
    text = ("  Fitted terms:\n"
            "        term block lag  coef     se\n"
            "  1    slope     B   1 0.812 0.0604\n"
            "  2    drift     D   q 0.044 0.0301\n"
            "\n")
    got = read(text)
    assert got["slope/coef"] == [(0.0, 0.812)]
    assert got["drift/se"] == [(0.0, 0.0301)]
