"""MODEL_ORDER: a model's order or a polynomial's degree, printed as a whole number, is a
setting; a decimal under such a name is measured."""

from __future__ import annotations

from expctl.metrics.vocabulary import is_counted
from tests.metric_reading import read


def test_a_whole_order_is_a_setting():
    assert is_counted("Polynomial Order Est. (p)", "1")
    assert is_counted("Lag order", "8")
    assert is_counted("poly_degree", "3")


def test_a_decimal_order_is_measured():
    assert not is_counted("order parameter", "0.83")


def test_a_block_of_orders_gives_no_metric():
    got = read("Polynomial Order Est. (p):                  1\n"
               "Polynomial Order Bias (q):                  2\n"
               "Bandwidth:                              0.362\n")
    assert not any("Order" in name for name in got)
