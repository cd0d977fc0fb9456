"""CALL_ARGS (printed_config) for R's dotted names: a method's call echoed under ``Call:``
(``segmented.lm(...)``, an argument ``seg.Z = ~x``) holds settings, no metrics."""

from __future__ import annotations

from expctl.metrics.printed_config import from_call_repr
from tests.metric_reading import values


def test_a_dotted_method_and_dotted_arguments_are_a_call_echo():
    assert from_call_repr("fit.glm(obj = glm(y ~ x), k.max = 4, tol = 0.01)") == [
        ("obj", "glm(y ~ x)"), ("k.max", "4"), ("tol", "0.01")]


def test_the_echoed_call_gives_no_metric_but_the_results_under_it_do():
    text = ("Call: \n"
            "breaks.lm(obj = lm(y ~ x), seg.Z = ~x, start = 25)\n"
            "\n"
            "Residual standard error: 1.21 on 96 degrees of freedom\n")
    got = values(text)
    assert "start" not in got
    assert got["Residual standard error"] == [1.21]
