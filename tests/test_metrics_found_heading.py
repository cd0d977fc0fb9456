"""FOUND_HEADING: a heading naming parameters the fit found (``Estimated parameters:``, R's
``Smoothing parameters:``) heads results; ``Parameters:`` alone, or the parameters a search
chose as best, stay settings."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values

_ETS = ("ETS(M,Ad,M) \n"
        "\n"
        "  Smoothing parameters:\n"
        "    alpha = 0.7459 \n"
        "    beta  = 0.0189 \n"
        "\n"
        "  Initial states:\n"
        "    l = 120.667 \n"
        "\n"
        "  sigma:  0.0381\n"
        "\n"
        "     AIC     AICc      BIC \n"
        "1110.450 1117.222 1160.625 \n")


def test_smoothing_parameters_a_fit_estimated_are_results():
    got = values(_ETS)
    assert got["alpha"] == [0.7459] and got["beta"] == [0.0189]
    assert got["l"] == [120.667] and got["sigma"] == [0.0381]


def test_the_same_block_under_plain_parameters_is_config():
    got = values(_ETS.replace("Smoothing parameters:", "Parameters:"))
    assert "alpha" not in got and "beta" not in got


def test_estimated_and_fitted_headings_name_results():
    assert rules.heading_kind("Estimated parameters:") == "metrics"
    assert rules.heading_kind("Fitted parameters") == "metrics"


def test_a_search_s_best_parameters_stay_settings():
    assert rules.heading_kind("Best parameters:") == "config"
    assert rules.heading_kind("Training parameters:") == "config"


def test_smoothing_opens_the_heading_or_it_is_a_setting():
    assert rules.heading_kind("Smoothing parameters:") == "metrics"
    assert rules.heading_kind("Label smoothing parameters:") == "config"
