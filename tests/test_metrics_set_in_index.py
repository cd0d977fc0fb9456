"""SET_IN_INDEX: a pandas index is told by its place under the header, not by column 0."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(text: str) -> dict:
    return read_with_params(text)[0]


def test_an_indented_frame_first_in_a_run_reads_as_it_does_flush_left():
    # Every line set in by six spaces (a runner nesting the tool's output), the frame first.
    frame = ("   Batch  Score  Spread\n"
             "0     11  0.625   0.125\n"
             "1     12  0.750   0.250\n"
             "2     13  0.875   0.375\n")
    flush = read(frame)
    indented = read("".join("      " + line + "\n" for line in frame.splitlines()))
    assert indented == flush
    assert "0/Score" not in indented and indented["Score"][-1][1] == 0.875


def test_an_indented_frame_of_position_columns_keeps_every_row():
    # Columns labelled by positions before a named one, rows one space apart, index unsorted.
    frame = ("   0  1  2  cost  seen\n"
             "4 +1 -1 +1 -2.50     1\n"
             "2 +1 -1 +1 -2.50     1\n"
             "9 -1 +1 -1 -1.25     1\n")
    flush = read(frame)
    indented = read("".join("  " + line + "\n" for line in frame.splitlines()))
    assert indented == flush == {"cost": [(0.0, -2.5), (1.0, -2.5), (2.0, -1.25)]}


def test_class_numbers_a_blank_line_below_their_header_still_label_rows():
    # A look-alike: a report prints a blank line under its header; the numbers name classes.
    text = ("           hit    miss\n\n"
            "    4      0.50    0.25\n"
            "    8      0.75    0.50\n")
    assert read(text) == {"4/hit": [(0.0, 0.5)], "4/miss": [(0.0, 0.25)],
                          "8/hit": [(0.0, 0.75)], "8/miss": [(0.0, 0.5)]}
