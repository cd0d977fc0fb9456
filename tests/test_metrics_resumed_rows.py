"""RESUMED_ROWS: a loose table's rows go on past a message line printed between two of them."""

from __future__ import annotations

from tests.metric_reading import read

HEADER = "Iter. Eval. Best      Current   Time    \n"
BEFORE = ("0     2      0.1       0.3        0:00.0\n"
          "1     4      0.2       0.4        0:00.0\n")
AFTER = ("200   402    0.0199    0.0299     0:00.1\n"
         "400   802    0.19      0.17       0:00.1\n")


def test_rows_after_a_message_stay_under_the_header():
    got = read(HEADER + BEFORE + "Initial phase completed.\n" + AFTER)
    assert got["Best"] == [(0.0, 0.1), (1.0, 0.2), (200.0, 0.0199), (400.0, 0.19)]
    assert got["Current"] == [(0.0, 0.3), (1.0, 0.4), (200.0, 0.0299), (400.0, 0.17)]


def test_two_message_lines_between_rows():
    got = read(HEADER + BEFORE + "Switching phase.\nAdapting covariance now.\n" + AFTER)
    assert [step for step, _ in got["Best"]] == [0.0, 1.0, 200.0, 400.0]


def test_three_message_lines_end_the_block():
    got = read(HEADER + BEFORE + "Initial phase completed.\nSwitching.\nAdapting now.\n" + AFTER)
    assert [step for step, _ in got["Best"]] == [0.0, 1.0]


def test_a_message_with_a_number_ends_the_block():
    got = read(HEADER + BEFORE + "Initial phase completed after 3 steps.\n" + AFTER)
    assert [step for step, _ in got["Best"]] == [0.0, 1.0]


def test_a_row_of_another_width_is_no_row_of_the_block():
    got = read(HEADER + BEFORE + "Initial phase completed.\n"
               "200   402    0.0199    0:00.1\n400   802    0.19      0:00.1\n")
    assert [step for step, _ in got["Best"]] == [0.0, 1.0]


def test_read_alike_in_one_line_reads():
    text = HEADER + BEFORE + "Initial phase completed.\n" + AFTER
    assert read(text, chunk=1) == read(text)
