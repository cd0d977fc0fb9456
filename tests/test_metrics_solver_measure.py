"""SOLVER_MEASURE: a norm named by its vector's symbol (``gnorm``) or a gap beside a step and an
objective makes a solver's trace, not a search's probed settings, on invented tables."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_symbol_norm_beside_the_objective_is_read():
    text = (" iter    objective      xnorm\n"
            "    1   3.2500e+00   1.125e+00\n"
            "    2   2.1250e+00   9.375e-01\n"
            "    3   1.0625e+00   8.750e-01\n")
    points = read(text)
    assert points["xnorm"] == [(1.0, 1.125), (2.0, 0.9375), (3.0, 0.875)]


def test_a_gap_beside_the_objective_is_read():
    text = ("iter     value     duality gap\n"
            "   0   12.5000      4.0000e-01\n"
            "   1   11.2500      1.0000e-01\n")
    assert read(text)["duality gap"] == [(0.0, 0.4), (1.0, 0.1)]


def test_a_probed_setting_stays_a_setting():
    text = ("| iter | target | max_norm | width |\n"
            "| 1    | 0.8125 | 2.5      | 64    |\n"
            "| 2    | 0.8450 | 1.0      | 32    |\n")
    points = read(text)
    assert "max_norm" not in points and "width" not in points
