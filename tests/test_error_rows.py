"""ERROR_ROWS (`expctl.metrics.error_rows`): estimates with their standard errors in
parentheses on the row under them, named by the header over them, a row's label and a title."""

from __future__ import annotations

from expctl.metrics.error_rows import error_rows, is_error_row
from tests.metric_reading import values

COMPARED = """
Model comparison
=====================================
                 wage I      wage II
-------------------------------------
intercept        1.2345      0.9876
                (0.1021)    (0.0954)
education        0.0712      0.0688
                (0.0049)    (0.0051)
=====================================
"""

TITLED = """Gamma Draws (clustered SEs in parentheses):
=================================
     7           weight        speed
-----------  -----------  -----------
 +1.25E+00    -3.40E-01     2.50E-02
(+2.00E-02)  (+1.10E-01)    (4.0E-03)
=================================
"""


def test_labelled_rows_under_model_columns():
    found = values(COMPARED)
    assert found["intercept/wage I"] == [1.2345]
    assert found["intercept/wage I/SE"] == [0.1021]
    assert found["education/wage II"] == [0.0688]
    assert found["education/wage II/SE"] == [0.0051]


def test_a_title_with_an_aside_and_a_column_named_by_a_number():
    found = values(TITLED)
    assert found["Gamma Draws/7"] == [1.25]
    assert found["Gamma Draws/7/SE"] == [0.02]
    assert found["Gamma Draws/weight/SE"] == [0.11]
    assert found["Gamma Draws/speed"] == [0.025]


def test_a_line_of_errors_only():
    assert is_error_row("  (0.12)   (+1.5E-02)")
    assert not is_error_row("  (0.12)   text")
    assert not is_error_row("(3/10) done")


def test_not_errors_under_a_row():
    before = lambda count: ["     a      b", "---------  -----"]  # noqa: E731
    assert error_rows("   1.5    2.5", "   (0.1)", before) is None  # one error for two values
    assert error_rows("   1.5    2.5", "(epoch 3)", before) is None
    assert error_rows("   1.5    2.5", "           (0.1)    (0.2)", before) is None  # not under them
    # numbers right over numbers with no rule between: no header names them
    assert error_rows("   1.5    2.5", "  (0.1)  (0.2)", lambda count: ["   3.0    4.0"]) is None


def test_the_line_after_is_asked_for_only_under_a_rule_or_a_row_of_errors():
    from expctl.metrics.error_rows import read_error_rows
    asked: list[int] = []

    def next_line():
        asked.append(1)
        return "   (0.1)    (0.2)"
    rows = ["epoch  loss  acc", "1      0.5   0.7"]
    assert read_error_rows("2      0.4   0.8", lambda count: rows[-count:], next_line) is None
    assert not asked  # a table's row under no rule is never held for the line after it
    ruled = ["       a      b", "   -----  -----"]
    assert read_error_rows("     1.5    2.5", lambda count: ruled[-count:], next_line) == [
        ("a", "1.5"), ("a/SE", "0.1"), ("b", "2.5"), ("b/SE", "0.2")]
    assert asked == [1]
