"""ELLIPSIS_COLUMNS: a table whose cells are parted by `...`, header and rows alike."""

from __future__ import annotations

from tests.metric_reading import read

HEADER = " Iteration ... |y - Xw|^2 ...  a * |w|_2 ...      |w|_0 ... Total error: |y - Xw|^2 + a * |w|_2\n"
ROWS = ("         0 ... 2.6938e+01 ... 4.9684e+01 ...          7 ... 7.6622e+01\n"
        "         1 ... 1.1351e+00 ... 4.9681e+01 ...          7 ... 5.0816e+01\n")


def test_each_number_is_its_column_at_the_step():
    got = read(HEADER + ROWS)
    assert got["|y - Xw|^2"] == [(0.0, 26.938), (1.0, 1.1351)]
    assert got["a * |w|_2"] == [(0.0, 49.684), (1.0, 49.681)]
    assert got["Total error: |y - Xw|^2 + a * |w|_2"] == [(0.0, 76.622), (1.0, 50.816)]


def test_a_column_of_whole_numbers_counts():
    assert "|w|_0" not in read(HEADER + ROWS)


def test_a_time_column_gives_nothing():
    got = read("step ... loss ... time\n0 ... 0.52 ... 1.25\n1 ... 0.41 ... 2.50\n")
    assert got == {"loss": [(0.0, 0.52), (1.0, 0.41)]}


def test_rows_without_a_header_of_as_many_names_are_no_table():
    got = read("step ... loss\n0 ... 0.52 ... 1.25\n1 ... 0.41 ... 2.50\n")
    assert "loss" not in got


def test_a_line_of_fields_parted_by_dots_is_no_row():
    got = read("Epoch 3 ... loss 0.52 ... acc 0.91\n")
    assert not any("..." in name for name in got)


def test_read_alike_in_one_byte_reads():
    assert read(HEADER + ROWS, chunk=1) == read(HEADER + ROWS)
