"""SYMBOL_LABEL: an entity table's rows may be labelled by one plot symbol flush left (``+``,
``*``), each symbol a data set's key: ``+/Median``; a symbol set in labels nothing. Checked on
invented comparison tables of two or three data sets."""

from __future__ import annotations

from tests.metric_reading import values

TABLE = ("x old.log\n"
         "+ new.log\n"
         "    N      Min      Max   Median      Avg   Stddev\n"
         "x   5     1.10     1.90     1.40     1.46     0.31\n"
         "+   7     1.30     2.20     1.80     1.77     0.35\n")


def test_rows_labelled_by_a_symbol_name_each_value_by_it():
    got = values(TABLE)
    assert got["x/Median"] == [1.4]
    assert got["+/Median"] == [1.8]
    assert got["+/Stddev"] == [0.35]
    assert "Median" not in got


def test_a_symbol_set_in_labels_no_row():
    got = values(TABLE.replace("+   7", " +  7"))
    assert "+/Median" not in got
