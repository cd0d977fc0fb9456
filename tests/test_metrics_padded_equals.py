"""PADDED_EQUALS: labels of prose padded to an ``=`` in one column, a computed value after it,
are read whole as names; a lone line, a column by chance or a typed value are not; on invented
lines."""

from __future__ import annotations

from tests.metric_reading import values

BLOCK = ("Fit summary\n"
         "Count of points      =  40\n"
         "Mean of residuals    =  0.012875\n"
         "Spread of residuals  =  1.418225\n"
         "Share of variance    =  0.874531\n")


def test_prose_labels_padded_to_one_column_are_read_whole():
    got = values(BLOCK + BLOCK.replace("0.012875", "0.010250"))
    assert got["Mean of residuals"] == [0.012875, 0.01025]
    assert got["Spread of residuals"] == [1.418225, 1.418225]
    assert got["Share of variance"] == [0.874531, 0.874531]


def test_a_lone_sentence_with_equals_is_not_read():
    assert values("Mean of residuals = 0.012875\n") == {}


def test_a_typed_value_is_not_read():
    text = "Rate of decay      =  0.5\nSize of window     =  0.25\nCount of restarts  =  3\n"
    assert "Rate of decay" not in values(text)


def test_labels_not_padded_to_one_column_are_not_read():
    text = "Mean of residuals = 0.012875\nSpread of residuals = 1.418225\nShare of x = 0.874531\n"
    assert values(text) == {}


def test_a_run_set_in_is_read_as_one_flush_left():
    text = "".join("    " + line if line[:1] != "F" else line for line in BLOCK.splitlines(True))
    assert values(text)["Spread of residuals"] == [1.418225]
