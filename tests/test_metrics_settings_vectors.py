"""R's control settings printed as named vectors under a heading naming them (SETTINGS_VECTOR),
on invented lines in the shape R prints them."""

from __future__ import annotations

from tests.metric_reading import read, read_with_params

CONTROL = ("Multiple R-squared:  0.9593\n"
           "Algorithmic parameters: \n"
           "       tuning.chi                bb        tuning.psi \n"
           "        1.548e+00         5.000e-01         4.685e+00 \n"
           "        nResample         max.it \n"
           "              500             50 \n")


def test_a_control_list_under_its_heading_is_config_not_metrics():
    metrics, params = read_with_params(CONTROL)
    assert "tuning.chi" not in metrics and "nResample" not in metrics
    assert ("tuning.chi", "1.548e+00") in params and ("nResample", "500") in params
    assert metrics["Multiple R-squared"] == [(0.0, 0.9593)]


def test_values_under_a_heading_of_found_parameters_are_no_config():
    found = CONTROL.replace("Algorithmic parameters:", "Estimated parameters:")
    metrics, params = read_with_params(found)
    assert not any(name == "tuning.chi" for name, _ in params)
    assert metrics["tuning.chi"] == [(0.0, 1.548)]


def test_a_vector_under_another_heading_or_flush_left_is_no_config():
    results = CONTROL.replace("Algorithmic parameters:", "Eigenvalues for axes:")
    _, params = read_with_params(results)
    assert params == []
    flush = "Algorithmic parameters:\n   bb   k.max\n\n  0.5    200\n"  # a blank line breaks the run
    assert read_with_params(flush)[1] == []
    assert read("Control settings:\nbb k.max\n0.5 200\n") == read("bb k.max\n0.5 200\n")
