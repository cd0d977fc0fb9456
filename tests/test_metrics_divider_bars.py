"""DIVIDER_BARS: bars parting groups of aligned columns, on invented tables."""

from __future__ import annotations

from tests.metric_reading import values


def test_bars_between_groups_of_columns_part_columns():
    text = ("  round   secs |    cost     bound      gap\n"
            "      1   0.10 |    91.5      80.0    12.57\n"
            "      2   0.25 |    88.0      81.5     7.39\n"
            "      3   0.40 |    85.5      82.0     4.09\n")
    got = values(text)
    assert got["cost"] == [91.5, 88.0, 85.5]
    assert got["bound"] == [80.0, 81.5, 82.0]
    assert got["gap"] == [12.57, 7.39, 4.09]


def test_three_groups_and_the_step_from_its_column():
    text = ("gen  evals | best    mean | spread    size\n"
            "  0     20 | 3.25    4.50 |   0.75      10\n"
            "  1     40 | 2.75    4.00 |   0.50      10\n")
    got = values(text)
    assert got["best"] == [3.25, 2.75]
    assert got["mean"] == [4.5, 4.0]


def test_a_table_of_one_value_per_cell_and_a_bar_in_parentheses_are_left_as_they_are():
    presto = (" model   | loss   | acc\n"
              "---------+--------+------\n"
              " a       | 0.5    | 0.91\n"
              " b       | 0.4    | 0.93\n")
    assert values(presto) == values(presto.replace("0.5    |", "0.5 |"))
    # a bar inside a term's parentheses parts no groups (R's "(Days | Subject)")
    assert "Subject)" not in " ".join(values("(Days | Subject)    4   -893.23   1794.5\n"))



def test_a_header_parted_by_bars_over_rows_drawn_without_them():
    """A solver's log: groups named over a line of sub-names one space apart, parted by bars;
    the rows, drawn without bars, are read under the sub-names, not under a group's words."""
    text = ("    Queue    |    Current Leaf    |     Value Bounds          |     Cost\n"
            " Done Pend   |  Val  Level Frac   | Best         Bound    Gap | Per/Node Time\n"
            "\n"
            "     0     0   31.50000    0    1   28.00000   31.50000  12.5%     -    0s\n"
            "     0     0   31.50000    0    1   30.00000   31.50000  4.76%     -    0s\n")
    got = values(text)
    assert got["Best"] == [28.0, 30.0]
    assert got["Gap"] == [12.5, 4.76]
    assert "Done" not in got and "Pend" not in got  # "Done Pend": one group's two counters
