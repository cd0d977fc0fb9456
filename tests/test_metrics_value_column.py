"""VALUE_COLUMN (`expctl.metrics.entities`): a column named ``value`` holding a row's only number
leaves the row named by its label alone."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_value_column_beside_text_names_each_row_by_its_label():
    text = ("name            value     fixed\n"
            "amplitude       3.25      no\n"
            "phase           0.125     yes\n"
            "damping         0.0625    no\n"
            "\n")
    points = read(text)
    assert [v for _, v in points["amplitude"]] == [3.25]
    assert [v for _, v in points["damping"]] == [0.0625]
    assert not any(name.endswith("/value") for name in points)


def test_a_value_column_beside_other_numbers_keeps_the_label_and_the_column():
    text = ("TEST                 DF     VALUE     PROB\n"
            "Wald stat             2     4.125     0.127\n"
            "Score stat            2     3.875     0.144\n"
            "\n")
    points = read(text)
    assert not {"Wald stat", "Score stat"} & set(points)
