"""A barred two-column table whose second header is a function of the first column's variable
(FUNCTION_COLUMN: ``| rain | phi(rain) |``) lists the variable's values and the function at each."""

from __future__ import annotations

from tests.metric_reading import values

PHI = ("+---------+-------------+\n"
       "| rain    |   phi(rain) |\n"
       "+=========+=============+\n"
       "| rain(0) |      0.5564 |\n"
       "+---------+-------------+\n"
       "| rain(1) |      0.4436 |\n"
       "+---------+-------------+\n")


def test_each_row_is_named_by_its_label_under_the_function():
    assert values(PHI) == {"rain(0)/phi(rain)": [0.5564], "rain(1)/phi(rain)": [0.4436]}


def test_a_function_of_another_variable_keeps_the_row_labels_alone():
    other = PHI.replace("phi(rain)", "phi(wind)")
    assert values(other) == {"rain(0)": [0.5564], "rain(1)": [0.4436]}
