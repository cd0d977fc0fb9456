"""HEAP_TABLE: in a barred table of object kinds and their counts whose header names no size,
a cell printed with its unit of bytes is the kind's size (its count is no value); without
the unit, or without a column of kinds and one of counts, the table is no heap table."""

from __future__ import annotations

from tests.test_metrics_tables import read

ROWS = ("    str |       15002 |    864.39 KB\n"
        "   dict |           0 |    624     B\n"
        "\n")


def test_a_unit_of_bytes_makes_the_unnamed_column_a_size():
    text = ("  types |   # objects |   total zofu\n"
            "======= | =========== | ============\n" + ROWS)
    assert read(text) == {"str/total zofu": [(0.0, 864.39)], "dict/total zofu": [(0.0, 624.0)]}


def test_no_column_of_kinds_no_size():
    text = ("  split |   # objects |   total zofu\n"
            "======= | =========== | ============\n" + ROWS)
    assert "str/total zofu" not in read(text)


def test_no_unit_no_heap_table():
    text = ("  types |   # objects |   total zofu\n"
            "======= | =========== | ============\n"
            "    str |       15002 |    864.39\n"
            "   dict |           0 |    624\n\n")
    assert "str/# objects" in read(text)  # a table of no kinds: its counts are read too
