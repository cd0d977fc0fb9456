"""TERM_ONE_ROW, RECIPROCAL_LABEL and R's spaced percent levels: a model's terms under estimates
and standard errors keep their names, one term or many."""

from __future__ import annotations

from tests.metric_reading import values

_ONE_TERM = """\
------------------ Fit Summary       ------------------
       coef   std err         t     P>|t|     2.5 %    97.5 %
d  0.923714  0.214411  4.308144  0.000016  0.503476  1.343951
"""


def test_one_term_under_a_standard_error_keeps_its_name():
    got = values(_ONE_TERM)
    assert got["d/coef"] == [0.923714]
    assert got["d/std err"] == [0.214411]


def test_levels_printed_with_a_space_name_interval_columns():
    got = values(_ONE_TERM)
    assert got["d/2.5 %"] == [0.503476]
    assert got["d/97.5 %"] == [1.343951]


def test_one_row_without_a_standard_error_is_named_by_its_columns():
    text = "          T  dof   p_val  cohen_d\nT_test  2.45   29  0.0206    0.447\n\n"
    got = values(text)
    assert got["T"] == [2.45] and got["cohen_d"] == [0.447]
    assert not any(name.startswith("T_test/") for name in got)


_PARAMETERS = """\
Parameter  Point Estimate  Standard Error  Lower CI  Upper CI
   Lambda       0.0185107      0.00477945 0.0111595 0.0307045
 1/Lambda         54.0227         13.9486   32.5685   89.6099

"""


def test_a_reciprocal_label_names_its_row():
    got = values(_PARAMETERS)
    assert got["1/Lambda/Point Estimate"] == [54.0227]
    assert got["Lambda/Upper CI"] == [0.0307045]


def test_a_number_before_a_slash_and_a_digit_is_no_label():
    got = values(_PARAMETERS.replace(" 1/Lambda", "     1/20"))
    assert not any(name.startswith("1/20") for name in got)
