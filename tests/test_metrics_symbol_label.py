"""SYMBOL_LABEL (`expctl.metrics.symbol_labels`, tibbles): a label of symbols only (``<``,
``>=``) is a setting's value beside the results, and names no row."""

from __future__ import annotations

from expctl.metrics.symbol_labels import is_symbol
from tests.metric_reading import read


def test_symbols_only():
    assert is_symbol(">=") and is_symbol(" < ") and is_symbol("<>")
    assert not is_symbol("lm") and not is_symbol("a>b") and not is_symbol("") and not is_symbol("2")


def test_a_lone_row_whose_first_label_is_a_symbol_is_unnamed():
    text = ("# A tibble: 1 × 4\n  side  threshold   kappa    f1\n  <chr>     <dbl>   <dbl> <dbl>\n"
            "1 <          0.25   0.612 0.701\n")
    assert read(text) == {"threshold": [(0.0, 0.25)], "kappa": [(0.0, 0.612)], "f1": [(0.0, 0.701)]}


def test_a_lone_row_whose_first_label_is_a_word_keeps_its_name():
    text = "# A tibble: 1 × 3\n  model  rmse   mae\n  <chr> <dbl> <dbl>\n1 lm     2.31  1.80\n"
    assert read(text) == {"lm/rmse": [(0.0, 2.31)], "lm/mae": [(0.0, 1.8)]}


def test_a_column_of_symbols_keys_no_rows():
    text = ("# A tibble: 2 × 4\n  side  site   kappa    f1\n  <chr> <chr>  <dbl> <dbl>\n"
            "1 <     north  0.612 0.701\n2 >     south  0.577 0.688\n")
    assert read(text) == {"north/kappa": [(0.0, 0.612)], "north/f1": [(0.0, 0.701)],
                          "south/kappa": [(0.0, 0.577)], "south/f1": [(0.0, 0.688)]}
