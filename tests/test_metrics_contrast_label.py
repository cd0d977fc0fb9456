"""CONTRAST_LABEL (placed): a row named by a linear hypothesis or a contrast of terms (``M - L ==
0``, ``2 - 1 == 0``), the way R's simultaneous tests print them, read as the row's label; checked
on invented tables, with a bin's range of numbers under no header it must leave alone."""

from __future__ import annotations

from tests.metric_reading import values


def test_hypotheses_of_named_levels_label_their_rows():
    text = ("Linear Hypotheses:\n"
            "                Estimate Std. Error t value\n"
            "high - low == 0    4.210      1.020   4.127\n"
            "mid - low == 0     1.905      1.020   1.868\n"
            "\n")
    got = values(text)
    assert got["high - low == 0/Estimate"] == [4.21]
    assert got["mid - low == 0/t value"] == [1.868]


def test_hypotheses_of_numbered_levels_are_labels_not_numbers():
    text = ("Contrasts:\n"
            "           Estimate lwr      upr     \n"
            "2 - 1 == 0  12.5000  -3.2500  28.2500\n"
            "3 - 1 == 0  20.7500   5.0000  36.5000\n"
            "\n")
    got = values(text)
    assert got["2 - 1 == 0/Estimate"] == [12.5]
    assert got["3 - 1 == 0/upr"] == [36.5]
    assert not any(name in ("Estimate", "lwr", "upr") for name in got)
