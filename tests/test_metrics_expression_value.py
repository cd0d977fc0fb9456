"""A number opening an arithmetic expression is no pair's value (EXPRESSION_VALUE), on invented
lines in the shape a script echoes its formulas."""

from __future__ import annotations

from tests.metric_reading import values


def test_an_echoed_formula_gives_no_pair():
    assert values("? series y = 1 + 2*x1 - 0.5*x2 + normal()\n") == {}
    assert values("z = 0.5 * w\n") == {}
    assert values("y = 3 - 2*x\n") == {}


def test_fields_parted_by_a_dash_are_read():
    assert values("loss: 0.3 - acc: 0.9\n") == {"loss": [0.3], "acc": [0.9]}
    assert values("loss = 0.25 - done\n") == {"loss": [0.25]}
