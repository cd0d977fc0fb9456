"""A row of a table of things printed after a note that broke the table (RESUMED_ENTITY_ROWS), on
invented lines in the shape a tool comparing samples prints them."""

from __future__ import annotations

from tests.metric_reading import values

HEADER = "    N        Min        Max       Mean\n"
ROWS = ("a  12      1.250      3.500     2.2083\n"
        "b   8      1.900      4.100     2.9625\n")
NOTE = "Shift at 90% level\n\t0.7542 +/- 0.5118\n"
LAST = "c  10      0.875      2.750     1.6125\n"


def test_a_row_after_a_note_is_read_under_the_table_header():
    found = values(HEADER + ROWS + NOTE + LAST)
    assert found["c/Mean"] == [1.6125]
    assert found["c/Min"] == [0.875]
    assert found["a/Mean"] == [2.2083]


def test_a_row_past_a_blank_line_is_not_the_table_s():
    found = values(HEADER + ROWS + NOTE + "\n" + LAST)
    assert "c/Mean" not in found


def test_a_row_set_to_other_edges_is_not_the_table_s():
    shifted = "c  10      0.875      2.750        1.6125\n"
    found = values(HEADER + ROWS + NOTE + shifted)
    assert "c/Mean" not in found


def test_a_label_printed_again_is_not_resumed():
    found = values(HEADER + ROWS + NOTE + "a  10      0.875      2.750     1.6125\n")
    assert found["a/Mean"] == [2.2083]
