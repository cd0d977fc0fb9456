"""COUNTED_LABELS: a flush-left first column counting the rows from one is their step."""

from __future__ import annotations

from tests.metric_reading import read, values


def test_a_column_counting_from_one_under_a_short_name_is_the_step():
    text = ("EV COST\n"
            "1   12.5    \n"
            "2   9.75    \n"
            "3   9.75    \n"
            "4   8.125   \n")
    assert values(text) == {"COST": [12.5, 9.75, 9.75, 8.125]}


def test_the_rows_are_steps_of_the_counted_column():
    text = "CALL OUT\n1   0.5\n2   0.25\n3   0.125\n"
    assert read(text)["OUT"] == [(1.0, 0.5), (2.0, 0.25), (3.0, 0.125)]


def test_set_in_or_not_counting_from_one_stays_a_label():
    set_in = ("    group Mean score Weight\n"
              "    1     20.5       100\n"
              "    2     15.25      40\n"
              "    3     18.0       35\n")
    assert "Mean score" not in values(set_in)
