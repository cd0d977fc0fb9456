"""One capital letter in parentheses glued to a name is the name's argument, not its unit
(FUNCTION_ARGUMENT); invented lines in the shape a solver prints its problem's norms and a
lab logger its readings."""

from __future__ import annotations

from expctl.metrics.units import drop_units_before_marks
from tests.metric_reading import values


def test_a_glued_capital_is_kept_in_the_name():
    # (a count of nonzeros, "nnz(Q) = 34", is no metric at all: NONZERO_COUNT)
    assert values("  norm(Q)       = 3.4\n  norm(A)       = 1.7\n") == {"norm(Q)": [3.4],
                                                                      "norm(A)": [1.7]}
    assert drop_units_before_marks("H(X) = 0.72") == "H(X) = 0.72"


def test_a_unit_set_apart_or_of_more_letters_is_still_dropped():
    assert drop_units_before_marks("Current (A): 1.5") == "Current: 1.5"
    assert drop_units_before_marks("power(kW): 3.5") == "power: 3.5"
    assert drop_units_before_marks("T[K]: 300.5") == "T: 300.5"
