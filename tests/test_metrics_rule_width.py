"""RULE_WIDTH (`expctl.metrics.wrapped`): a line above a ruled header that reaches past its
column's run of dashes is a title or a status line, no part of a wrapped name."""

from __future__ import annotations

from tests.metric_reading import read

ROWS = ("step     objective      accuracy \n"
        "-----    -----------    ---------\n"
        "  1      0.52           0.125\n"
        "  2      0.31           0.0625\n")


def test_a_status_line_over_the_first_column_names_nothing():
    points = read("Minimising\n" + ROWS)
    assert points["objective"] == [(1.0, 0.52), (2.0, 0.31)]
    assert not any(name.startswith("Minimising") for name in points)


def test_a_title_reaching_over_two_columns_names_nothing():
    points = read("Run A...\n" + ROWS)
    assert points["accuracy"] == [(1.0, 0.125), (2.0, 0.0625)]
    assert not any("Run" in name for name in points)


def test_parts_within_their_runs_still_wrap():
    text = ("         train     valid\n"
            "epoch    loss      loss\n"
            "-----    ------    ------\n"
            "  1      0.50      0.60\n"
            "  2      0.40      0.55\n")
    points = read(text)
    assert points["train loss"] == [(1.0, 0.5), (2.0, 0.4)]
    assert points["valid loss"] == [(1.0, 0.6), (2.0, 0.55)]
