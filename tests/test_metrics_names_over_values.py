"""NAMES_OVER_VALUES: a line of names holding a colon before a digit, over a line of numbers
ending where the names end, is a header, no pairs; checked on invented vectors, with
look-alikes that stay pairs."""

from __future__ import annotations

from tests.metric_reading import read, values

_RANGES = ("Summed share:\n"
           "     x1    x1:2    x1:3 \n"
           "  41.20   77.85   93.10 \n")


def test_names_with_a_colon_over_numbers_give_no_pairs():
    got = values(_RANGES)
    assert "x1" not in got or got["x1"] == [41.2]
    assert got.get("x1:2") == [77.85] and got.get("x1:3") == [93.1]


def test_a_line_a_read_gives_the_same():
    assert read(_RANGES, chunk=1) == read(_RANGES)


def test_glued_pairs_over_other_text_stay_pairs():
    got = values(" loss:0.52 acc:0.81\n"
                 "next epoch\n")
    assert got == {"loss": [0.52], "acc": [0.81]}


def test_glued_pairs_over_numbers_out_of_line_stay_pairs():
    got = values(" step:1 loss:0.52\n"
                 " 3.1 2.2\n")
    assert got.get("loss") == [0.52]
