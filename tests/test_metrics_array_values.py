"""ARRAY_VALUES: a pair's value printed as an array of one column, one row a line."""

from __future__ import annotations

import pytest

from expctl.metrics import scan
from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import read, values

_LOSSES = ("Out-of-sample Performance:\n"
           "Learner ml_l RMSE: [[1.08020314]]\n"
           "Learner ml_g0 RMSE: [[1.14013156]\n"
           " [1.07092133]]\n"
           "Learner ml_m Log Loss: [[0.50024891]\n"
           " [0.48312069]\n"
           " [0.47000000]]\n")


def test_each_row_of_the_array_is_a_value_of_the_name():
    got = values(_LOSSES)
    assert got["Learner ml_g0 RMSE"] == [1.14013156, 1.07092133]
    assert got["Learner ml_m Log Loss"] == [0.50024891, 0.48312069, 0.47]


def test_an_array_of_one_row_is_its_number():
    assert values(_LOSSES)["Learner ml_l RMSE"] == [1.08020314]


def test_the_rows_are_the_same_read_one_line_at_a_time():
    assert read(_LOSSES, chunk=1) == read(_LOSSES)


def test_an_array_never_closed_is_no_column_of_values():
    got = values("loss: [[0.5]\n [0.4]\nthen something else\n")
    assert got.get("loss", []) != [0.5, 0.4]


def test_a_list_of_words_in_brackets_is_no_array():
    assert values("labels: [[cat]\n [dog]]\n") == {}


_SCANNED = [("rmse: [[1.08020314]]", True), ("shape [[3]]", True), ("tags [[a]]", False),
            ("x: [[1.1]", True), ("names ]]", False)]


@pytest.mark.parametrize("line, accepted", _SCANNED)
def test_a_line_closing_an_array_after_a_digit_is_a_candidate(line, accepted):
    assert may_hold_metrics(line) is accepted


def test_the_compiled_scan_agrees_on_closed_arrays():
    if scan.compiled_starts is None:
        pytest.skip("the compiled scan is not built")
    lines = [line for line, _ in _SCANNED] * 30
    text = "\n".join(lines).encode("ascii") + b"\n"
    starts = scan.compiled_starts(text, 0, len(text), 10_000)
    assert [text[s:text.index(b"\n", s)].decode() for s in starts] == [line for line in lines if may_hold_metrics(line)]
