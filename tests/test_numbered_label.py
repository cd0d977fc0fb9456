"""NUMBERED_ROW_LABEL: R prints things numbered in their names (``Group 2``, ``Arm 10``) as row
names; the number belongs to the name, not to the values. Made-up tables."""

from __future__ import annotations

from tests.metric_reading import read


def test_numbered_row_names_over_estimates():
    text = ("        mean   sd     lower    upper\n"
            "Arm 1   2.5 0.41 1.6963870 3.303613\n"
            "Arm 2   3.1 0.52 2.0808000 4.119200\n"
            "Arm 10  1.9 0.33 1.2532000 2.546800\n")
    series = read(text)
    assert series["Arm 1/mean"] == [(0.0, 2.5)]
    assert series["Arm 10/sd"] == [(0.0, 0.33)]


def test_a_count_column_right_after_a_label_stays_a_column():
    text = ("           n     mean\n"
            "control  12   0.4150\n"
            "treated  14   0.6275\n")
    series = read(text)
    assert series["treated/mean"] == [(0.0, 0.6275)]
