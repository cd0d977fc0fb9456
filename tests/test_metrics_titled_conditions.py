"""TITLED_CONDITIONS: a title closed by its conditions in parentheses, its value alone on the
next line; checked on invented reports, read whole and a line a read, with look-alikes."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values

_REPORT = ("Tolerance bound:  ( coverage = 0.99 , level = 0.9 )\n"
           "  41.27\n"
           "\n"
           "Tolerance bound:  ( coverage = 0.99 , level = 0.9 )\n"
           "  39.8\n")


def test_the_number_under_the_title_is_its_value_and_the_conditions_params():
    got, params = read_with_params(_REPORT)
    assert {name: [v for _, v in points] for name, points in got.items()} == {
        "Tolerance bound": [41.27, 39.8]}
    assert ("Tolerance bound.coverage", "0.99") in params
    assert ("Tolerance bound.level", "0.9") in params


def test_a_line_a_read_gives_the_same():
    assert read_with_params(_REPORT, chunk=1)[0] == read_with_params(_REPORT)[0]


def test_one_condition_and_a_title_of_one_word():
    assert values("Quantile:  ( prob = 0.95 )\n-3.5e-2\n") == {"Quantile": [-0.035]}


def test_without_a_lone_number_under_it_the_line_reads_as_before():
    grouped = values("accuracy: (train = 0.93, test = 0.85)\n"
                     "done\n")
    assert "accuracy" not in grouped and grouped
    assert "Quantile" not in values("Quantile:  ( prob = 0.95 )\n0.2 0.4\n")


def test_a_value_before_the_parenthesis_is_no_title():
    got = values("Statistic: 2.31  ( critical = 3.16 )\n4.0\n")
    assert "Statistic" in got and got["Statistic"] == [2.31]
