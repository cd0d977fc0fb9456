"""KIN_MIRROR: a column named after the step column's noun and equal to the step gives no value,
its first row included."""

from __future__ import annotations

from tests.metric_reading import read

HEADER = ("average  since         example        example        current\n"
          "loss     last          counter         weight          label\n")
ROWS = ("1.761725 1.761725            1            1.0         1.3273\n"
        "1.014527 0.267328            2            2.0         1.0574\n"
        "5.074376 9.134226            4            4.0        -3.4847\n")


def test_the_weight_counted_with_the_examples_gives_nothing():
    got = read(HEADER + ROWS)
    assert "example weight" not in got
    assert got["average loss"] == [(1.0, 1.761725), (2.0, 1.014527), (4.0, 5.074376)]


def test_a_column_of_another_noun_keeps_its_first_row():
    got = read("epoch  loss  ratio\n1  0.9  1.0\n2  0.5  1.5\n3  0.3  3.0\n")
    assert got["ratio"] == [(1.0, 1.0), (2.0, 1.5), (3.0, 3.0)]
