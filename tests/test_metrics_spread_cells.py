"""SPREAD_CELLS: a summary table by group whose cells hold a value and its spread."""

from __future__ import annotations

from tests.metric_reading import values

_TABLE = ("                        Grouped by arm\n"
          "                               Missing        Overall        control        treated P-Value\n"
          "n                                                 150             82             68\n"
          "age, mean (SD)                       0    53.1 (10.6)    53.5 (10.6)    52.6 (10.7)   0.627\n"
          "los, median [Q1,Q3]                  0  4.1 [2.9,6.3]  4.3 [3.1,5.8]  3.9 [2.7,7.2]   0.616\n"
          "sex, n (%)          F                       84 (56.0)      44 (53.7)      40 (58.8)   0.639\n"
          "                    M                       66 (44.0)      38 (46.3)      28 (41.2)\n"
          "\n")


def test_each_number_of_a_cell_is_a_value_of_its_row_and_column():
    got = values(_TABLE)
    assert got["age, mean (SD)/Overall"] == [53.1, 10.6]
    assert got["los, median [Q1,Q3]/treated"] == [3.9, 2.7, 7.2]


def test_a_first_row_without_a_spread_is_read_by_the_row_after_it():
    got = values(_TABLE)
    assert got["n/Overall"] == [150.0] and got["n/treated"] == [68.0]
    assert "n/Missing" not in got and not any("Missing Overall" in name for name in got)


def test_levels_are_named_under_their_variable_and_its_test_by_the_variable():
    got = values(_TABLE)
    assert got["sex, n (%)/F/control"] == [44.0, 53.7]
    assert got["sex, n (%)/M/treated"] == [28.0, 41.2]
    assert got["sex, n (%)/P-Value"] == [0.639]
    assert "sex, n (%)/F/P-Value" not in got


def test_a_table_without_a_spread_is_left_to_the_other_readers():
    text = ("              Estimate Std. Error t value Pr(>|t|)\n"
            "(Intercept)   0.065234   0.043527   1.499    0.140\n"
            "z.lag.1      -0.072584   0.048732  -1.489    0.143\n\n")
    got = values(text)
    assert got["(Intercept)/Std. Error"] == [0.043527]
    assert "(Intercept)/Error" not in got
