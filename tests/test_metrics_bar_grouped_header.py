"""BAR_GROUPED_HEADER: bars group a header's names over rows of no bar, on invented logs."""

from __future__ import annotations

from tests.metric_reading import values


def test_names_grouped_by_bars_head_rows_without_bars():
    text = (" Done Left |  Cost  Slack | Upper    Lower\n"
            "\n"
            "     1    4    12.50   0.25    40.00    10.00\n"
            "     2    3    11.75   0.50    30.00    11.00\n"
            "     3    1    11.25   0.75    20.00    11.00\n")
    got = values(text)
    assert got["Cost"] == [12.5, 11.75, 11.25]
    assert got["Upper"] == [40.0, 30.0, 20.0]
    assert got["Lower"] == [10.0, 11.0, 11.0]


def test_a_barred_header_over_barred_rows_is_left_to_the_barred_readers():
    text = ("step | cost  | upper \n"
            "   1 | 12.50 | 40.00 \n"
            "   2 | 11.75 | 30.00 \n")
    assert values(text)["cost"] == [12.5, 11.75]
