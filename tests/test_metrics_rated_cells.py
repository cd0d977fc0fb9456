"""A barred benchmark table whose cells carry rate units and spreads (RATED_CELLS), on invented
lines in the shape a benchmark runner draws its box."""

from __future__ import annotations

from tests.metric_reading import read, values

BOX = ("╔════════════╤═════════╤═════════════════╤═══════════╗\n"
       "║ Slower     │ Samples │          Result │ Tolerance ║\n"
       "╟────────────┼─────────┼─────────────────┼───────────╢\n"
       "║ copy       │     300 │  2926.90 op/sec │ ± 27.49 % ║\n"
       "║ typed sort │     300 │ 13146.73 op/sec │ ±  9.68 % ║\n"
       "╟────────────┼─────────┼─────────────────┼───────────╢\n"
       "║ Fastest    │ Samples │          Result │ Tolerance ║\n"
       "╟────────────┼─────────┼─────────────────┼───────────╢\n"
       "║ insertion  │     300 │ 72393.33 op/sec │ ±  1.23 % ║\n"
       "╚════════════╧═════════╧═════════════════╧═══════════╝\n")


def test_rated_and_spread_cells_are_read_and_a_count_column_is_not():
    found = values(BOX)
    assert found["copy/Result"] == [2926.9] and found["copy/Tolerance"] == [27.49]
    assert found["typed sort/Tolerance"] == [9.68]
    assert found["insertion/Result"] == [72393.33] and found["insertion/Tolerance"] == [1.23]
    assert not any(name.endswith("/Samples") for name in found)


def test_a_time_per_step_or_a_row_under_no_header_is_no_rated_row():
    times = ("| case | Result |\n"
             "| copy | 0.93 s/it |\n")  # a display speed: no operations counted
    assert "copy/Result" not in read(times)
    assert "copy/Result" not in read("| copy | 2926.90 op/sec | ± 1.2 % |\n")  # no header above
