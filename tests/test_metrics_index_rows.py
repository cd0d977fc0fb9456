"""INDEXED_NAMES (`expctl.metrics.index_rows`): a barred table's unnamed index column before a
column of names; ROW_LABELS' label column headed ``Name``."""

from __future__ import annotations

from expctl.metrics.index_rows import index_label
from tests.metric_reading import read

FIT = ("┌───┬──────┬───────────┬───────────┬────────────┬────────────┐\n"
       "│   │ Name │   Value   │ Hesse Err │ Minos Err- │ Minos Err+ │\n"
       "├───┼──────┼───────────┼───────────┼────────────┼────────────┤\n"
       "│ 0 │ a    │   3.00    │   0.04    │   -0.04    │    0.04    │\n"
       "│ 1 │ n_sig│   3976    │    70     │            │            │\n"
       "└───┴──────┴───────────┴───────────┴────────────┴────────────┘\n")


def test_a_fitters_parameter_table_names_each_value_by_its_parameter():
    points = read(FIT)
    assert points["a/Value"] == [(0.0, 3.0)] and points["a/Minos Err+"] == [(0.0, 0.04)]
    assert points["n_sig/Value"] == [(0.0, 3976.0)] and points["n_sig/Hesse Err"] == [(0.0, 70.0)]
    assert not any(name.startswith(("0/", "1/")) for name in points)  # the index is no label
    assert len(points) == 6


def test_a_markdown_table_of_named_parameters_is_read_per_parameter():
    text = ("| Name | Value | Error |\n|---|---|---|\n"
            "| alpha | 0.93 | 0.04 |\n| beta | 0.91 | 0.033 |\n")
    assert read(text) == {"alpha/Value": [(0.0, 0.93)], "alpha/Error": [(0.0, 0.04)],
                          "beta/Value": [(0.0, 0.91)], "beta/Error": [(0.0, 0.033)]}


def test_an_index_before_another_column_or_a_named_first_column_is_no_indexed_name():
    cells = [" 0 ", " a ", " 3.00 "]
    kinds = ["number", "text", "number"]
    assert index_label(["", "Name", "Value"], cells, kinds) == ("a", ["empty", "empty", "number"])
    assert index_label(["", "model", "Value"], cells, kinds) is None
    assert index_label(["#", "Name", "Value"], cells, kinds) is None
    assert index_label(["", "Name", "Value"], [" 0.5 ", " a ", " 3.00 "], kinds) is None
