"""The range a flush adds to a metric's summary: the compiled helper (expctl/store/_columns.c)
and the Python it stands in for agree on every input, NaNs and infinities included."""

from __future__ import annotations

import math
from array import array

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl.store import rows

COMPILED = pytest.mark.skipif(rows._finite_range is rows._python_finite_range,
                              reason="built without a C compiler")


@COMPILED
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True)))
def test_the_compiled_range_is_the_python_range(values):
    column = array("d", values)
    assert rows._finite_range(column) == rows._python_finite_range(column)


@COMPILED
def test_the_compiled_range_refuses_what_is_not_float64():
    with pytest.raises(TypeError, match="float64"):
        rows._finite_range(array("i", [1, 2]))
    with pytest.raises(TypeError):
        rows._finite_range([1.0, 2.0])


@pytest.mark.parametrize("low, high, values, expected", [
    (None, None, [], (None, None)),
    (None, None, [math.nan], (None, None)),
    (0.5, 2.0, [math.nan], (0.5, 2.0)),
    (0.5, 2.0, [1.0], (0.5, 2.0)),
    (0.5, 2.0, [3.0, -1.0, math.nan], (-1.0, 3.0)),
    (None, None, [math.inf, 4.0, -math.inf], (-math.inf, math.inf)),
])
def test_a_summary_range_widens_with_the_new_values_and_ignores_nans(low, high, values, expected):
    assert rows.widened_range(low, high, array("d", values)) == expected
