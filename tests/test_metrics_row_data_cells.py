"""ROW_DATA_CELLS (table_rows): a labelled barred row's word cells are data of the row, and a
number with another in parentheses gives both."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_word_column_beside_the_label_gives_nothing_and_the_row_is_read():
    text = ("Name | Family |    R2 |  RMSE\n"
            "------------------------------\n"
            "fit1 |  gauss | 0.702 | 1.331\n"
            "fit2 |  gamma | 0.745 | 1.208\n")
    assert values(text) == {"fit1/R2": [0.702], "fit1/RMSE": [1.331],
                            "fit2/R2": [0.745], "fit2/RMSE": [1.208]}


def test_a_number_and_one_in_parentheses_are_two_values_of_the_column():
    text = ("Name | Model | BIC (weights) |    R2\n"
            "------------------------------------\n"
            "ols  |    lm | 162.5 (0.015) | 0.827\n"
            "wls  |    lm | 154.2 (0.985) | 0.893\n")
    assert values(text) == {"ols/BIC (weights)": [162.5, 0.015], "ols/R2": [0.827],
                            "wls/BIC (weights)": [154.2, 0.985], "wls/R2": [0.893]}


def test_an_unlabelled_row_with_a_word_is_still_no_row():
    text = ("| epoch | loss | note |\n"
            "|-------|------|------|\n"
            "| 1     | 0.5  | warm |\n")
    assert "loss" not in values(text)


def test_a_listing_of_settings_with_their_types_is_no_table_of_results():
    text = ("| Name     | Type  | Value |\n"
            "|----------|-------|-------|\n"
            "| lr       | float | 0.001 |\n"
            "| momentum | float | 0.9   |\n")
    assert values(text) == {}
