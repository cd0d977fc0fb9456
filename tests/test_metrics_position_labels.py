"""POSITION_LABELS: a frame's header of position labels 0, 1, 2 ... then names."""

from __future__ import annotations

from expctl.metrics.headers import is_name
from expctl.metrics.position_labels import position_labels
from tests.metric_reading import values


def test_position_labels_then_names():
    assert position_labels(["0", "1", "2", "score"], is_name)
    assert not position_labels(["0", "1"], is_name)  # numbers only: a row
    assert not position_labels(["1", "2", "score"], is_name)  # not counted from 0
    assert not position_labels(["0", "2", "score"], is_name)  # a gap: no positions
    assert not position_labels(["0", "1", "score", "3"], is_name)


def test_frame_of_an_array_with_a_named_result_column():
    text = ("    0    1    2  objective\n"
            "0  0.1  0.4  0.9     12.5\n"
            "1  0.2  0.3  0.8     11.0\n"
            "2  0.2  0.3  0.8     11.0\n")
    assert values(text)["objective"] == [12.5, 11.0, 11.0]


def test_two_rows_alike_under_two_names_are_two_rows():
    text = ("   0  1  2  3  total weight\n"
            "0 +1 -1 +1 -1 -7.5 2\n"
            "1 +1 -1 +1 -1 -7.5 2\n"
            "2 -1 -1 +1 +1 -3.25 1\n")
    assert values(text)["total"] == [-7.5, -7.5, -3.25]
