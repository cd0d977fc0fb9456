"""LISTED_MATRIX: a matrix under an R list member's path, its columns named by numbers, on
invented lines."""

from __future__ import annotations

from tests.metric_reading import values

# print() of a list holding two matrices whose columns are time points
CURVES = """\
$surv
          30        90       180
arm a 0.9412 0.8120004 0.6633102
arm b 0.9655 0.8871150 0.7740021

$se
           30         90        180
arm a 0.01210 0.02311870 0.03001264
arm b 0.00950 0.01876630 0.02713399
"""


def test_each_value_is_named_by_path_row_and_time():
    found = values(CURVES)
    assert found["surv/arm a/90"] == [0.8120004]
    assert found["surv/arm b/180"] == [0.7740021]
    assert found["se/arm a/30"] == [0.0121]


def test_numbers_over_numbers_under_no_path_name_nothing():
    text = CURVES.replace("$surv\n", "Survival\n").replace("$se\n", "\n")
    found = values(text)
    assert not any(name.startswith(("surv/", "se/")) or name.endswith("/90") for name in found)


def test_a_row_ending_elsewhere_ends_the_matrix():
    text = ("$est\n"
            "       5       10\n"
            "A 1 0.21 0.394200\n"
            "total: 2 groups 0.61\n")
    found = values(text)
    assert found["est/A 1/10"] == [0.3942]
    assert not any("total" in name for name in found)
