"""A table of one row under a header that names its label column too (NAMED_ONE_ROW: ``TEST  DF
VALUE  PROB`` over ``Jarque-Bera  2  0.066  0.9675``) keeps the label in each name, as a table of
several rows does; a one-row table whose labels stand under no name is named by its columns."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_one_row_table_with_a_named_label_column_keeps_the_label():
    found = read("TEST ON NORMALITY OF ERRORS\n"
                 "TEST                             DF        VALUE           PROB\n"
                 "Jarque-Bera                       2          0.066           0.9675\n"
                 "\n")
    assert found == {"Jarque-Bera/VALUE": [(0.0, 0.066)], "Jarque-Bera/PROB": [(0.0, 0.9675)]}


def test_a_one_row_table_with_an_unnamed_label_column_is_named_by_its_columns():
    found = read("               T  dof alternative   p_val\n"
                 "T_test      2.45   29   two-sided  0.0206\n"
                 "\n")
    assert found == {"T": [(0.0, 2.45)], "p_val": [(0.0, 0.0206)]}


def test_a_one_row_labelled_as_the_whole_is_named_by_its_columns():
    found = read("        Group   Items    step50    gap\n"
                 "          all      12     0.75   0.5\n"
                 "\n")
    assert found == {"step50": [(0.0, 0.75)], "gap": [(0.0, 0.5)]}
