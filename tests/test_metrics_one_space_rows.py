"""Rows of a labelled table whose numbers are one space apart (ONE_SPACE_ROWS) and a row label
followed by values one space after it (GLUED_VALUES), on invented lines in R's print shapes."""

from __future__ import annotations

from tests.metric_reading import read, values

BOOT = ("Bootstrap Statistics :\n"
        "       original       bias    std. error\n"
        "t1* 37.22727012  0.108063160 2.238678862\n"
        "t2* -3.87783074 -0.007254325 0.753604634\n"
        "t3*  0.82678545  0.011400719 0.042971288\n")

QUANTILES = ("Coefficients:\n"
             "            Value    Std. Error t value  Pr(>|t|)\n"
             "(Intercept) 95.48354 21.39237    4.46344  0.00001\n"
             "income       0.47410  0.02906   16.31729  0.00000\n")


def test_a_row_one_space_apart_is_placed_under_its_header_as_its_neighbours_are():
    found = values(BOOT)
    assert found["t2*/original"] == [-3.87783074] and found["t2*/bias"] == [-0.007254325]
    assert found["t2*/std. error"] == [0.753604634]
    assert found["t3*/bias"] == [0.011400719]


def test_values_one_space_after_a_label_are_cells_not_part_of_the_label():
    found = values(QUANTILES)
    assert found["(Intercept)/Value"] == [95.48354]
    assert found["(Intercept)/Std. Error"] == [21.39237]
    assert found["(Intercept)/t value"] == [4.46344]
    assert "Std. Error t value" not in found


def test_a_one_space_line_under_no_header_of_its_columns_is_no_row():
    prose = ("The run went well overall\n"
             "t2* -3.87783074 -0.007254325 0.753604634\n")
    assert read(prose) == {}
    label_with_number = ("            mean     std\n"
                         "layer 1     0.52    0.11\n"
                         "layer 2     0.61    0.09\n")
    assert values(label_with_number)["layer 2/mean"] == [0.61]
