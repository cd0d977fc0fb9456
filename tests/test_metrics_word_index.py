"""WORD_INDEX: a pandas frame counted 0, 1, 2 whose index labels a row by a word names each
row's cells by its label; on invented frames."""

from __future__ import annotations

from tests.metric_reading import read, values

_BINS = ("              Range  Count  Share        WoE\n"
         "0       (-inf, 0.5)     30   0.60  -1.250000\n"
         "1        [0.5, inf)     20   0.40   0.750000\n"
         "Totals                  50   1.00           \n")


def test_each_row_is_named_by_its_label():
    got = values(_BINS)
    assert got["0/WoE"] == [-1.25]
    assert got["1/Share"] == [0.4]
    assert got["Totals/Count"] == [50.0]
    assert "Totals/WoE" not in got


def test_the_rows_wait_for_the_word_when_read_a_line_at_a_time():
    assert read(_BINS, chunk=1) == read(_BINS)


def test_a_frame_counted_only_is_left_to_the_step_readers():
    got = values(_BINS.replace("Totals", "2     "))
    assert "0/WoE" not in got and "Totals/Count" not in got
