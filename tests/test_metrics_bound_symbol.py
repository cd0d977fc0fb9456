"""BOUND_OF's dotted form: ``min.b``, ``max.b`` (a bound word, a dot, a one-letter symbol) name
the least and greatest a model's quantity may be, results; a word after the dot names a
setting. On invented lines."""

from __future__ import annotations

from expctl.metrics.vocabulary import is_setup_name
from tests.metric_reading import values

# the ranges of a transport problem's right-hand sides over which its basis stays optimal
RANGES = """\
          b  min.b  max.b    dual
Depot1   30     25     40  2.5000
Depot2   45     30     60  1.2500
"""


def test_a_dotted_bound_of_a_symbol_is_a_result():
    found = values(RANGES)
    assert found["Depot1/min.b"] == [25.0]
    assert found["Depot2/max.b"] == [60.0]
    assert found["Depot2/dual"] == [1.25]


def test_a_word_after_the_dot_still_names_a_setting():
    assert not is_setup_name("min.c") and not is_setup_name("MAX.x")
    assert is_setup_name("max.iter") and is_setup_name("max.depth") and is_setup_name("min_x")
