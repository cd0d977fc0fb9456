"""RULED_LABEL_LAST: a two-name header over a rule of dashes, rows of a signed number and the
label they are about (ELI5's weight tables); SPREAD_LABEL_ROWS: headerless rows of a value, its
spread and a label (ELI5's importances), on invented lines."""

from __future__ import annotations

from tests.metric_reading import read

TABLE = ("y=1 top features\n"
         " Weight  Feature     \n"
         "-------  ------------\n"
         " +1.250  sepal_width \n"
         " +0.075  petal_len   \n"
         " -0.420  petal_width \n"
         "-12.300  <BIAS>      \n")


def test_rows_under_a_ruled_two_name_header_are_named_by_their_label():
    got = read(TABLE)
    assert got["sepal_width/Weight"] == [(0.0, 1.25)]
    assert got["petal_width/Weight"] == [(0.0, -0.42)]
    assert got["<BIAS>/Weight"] == [(0.0, -12.3)]


def test_two_names_without_the_rule_are_no_header():
    got = read(TABLE.replace("-------  ------------\n", ""))
    assert "sepal_width/Weight" not in got


def test_a_row_apart_from_the_rule_by_other_text_is_not_under_it():
    text = (" Weight  Feature\n-------  -------\nsome words here\n +1.250  sepal_width\n")
    assert "sepal_width/Weight" not in read(text)


# -- SPREAD_LABEL_ROWS ---------------------------------------------------------------------------


def test_a_headerless_row_of_a_value_its_spread_and_a_label_is_the_labels_point():
    got = read("0.0712 ± 0.0231  sepal\n0.0125 ± 0.0159  petal\n")
    assert got["sepal"] == [(0.0, 0.0712)]
    assert got["petal"] == [(0.0, 0.0125)]


def test_whole_numbers_and_a_spread_are_a_count_not_a_value():
    assert "sepal" not in read("12 ± 3  sepal\n")
