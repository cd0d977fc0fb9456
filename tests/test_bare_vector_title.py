"""BARE_VECTOR_TITLE: a title with no colon relating a quantity to things names R's vector."""

from __future__ import annotations

from expctl.metrics.vector_titles import vector_title
from tests.metric_reading import values


def test_bare_title_of_things_names_the_values():
    text = "Fit done\n\nStarting weights per class\n  small  medium   large \n 0.2500  0.3500  0.4000 \n"
    assert values(text) == {"Starting weights per class/small": [0.25],
                            "Starting weights per class/medium": [0.35],
                            "Starting weights per class/large": [0.4]}


def test_bare_title_over_terms():
    text = "Final scale of the predictors\n(Intercept)         age \n   1.250000    0.031000 \n"
    assert set(values(text)) == {"Final scale of the predictors/(Intercept)",
                                 "Final scale of the predictors/age"}


def test_bare_lines_that_relate_nothing_name_nothing():
    assert vector_title("Coefficients") is None
    assert vector_title("Standardized loadings") is None  # TRANSFORMED_TITLE wants its colon
    assert vector_title("Model fitted by maximum likelihood with three restarts and more words") is None
    assert vector_title("Initial values of the coefficients") == "Initial values of the coefficients"
    text = "Coefficients\n   a    b \n 1.5  2.5 \n"
    assert values(text) == {"a": [1.5], "b": [2.5]}
