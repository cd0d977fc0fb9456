"""NUMBERED_COMPONENT: a Series whose labels are a fit's numbered components (``PC1``,
``Dim.2``) names quantities of the fit, where labels of things (SERIES_OF_THINGS) give nothing."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_series_of_principal_components_is_read_under_their_names():
    text = ("Axis 1    0.412230\n"
            "Axis 2    0.220051\n"
            "Axis 3    0.101973\n"
            "dtype: float64\n")
    assert values(text) == {"Axis 1": [0.41223], "Axis 2": [0.220051], "Axis 3": [0.101973]}


def test_components_named_pc_with_a_footer_of_two_lines():
    text = ("PC1    0.731905\n"
            "PC2    0.182711\n"
            "dtype: float64\n")
    assert values(text) == {"PC1": [0.731905], "PC2": [0.182711]}


def test_numbered_samples_stay_things():
    text = ("site1    2.404125\n"
            "site2    2.410168\n"
            "site3    2.453505\n"
            "site4    2.424210\n"
            "dtype: float64\n")
    assert values(text) == {}


def test_a_component_word_inside_a_longer_identifier_is_no_component():
    text = ("PC1_loading_mean    0.31\n"
            "gene_a              0.27\n"
            "gene_b              0.18\n"
            "dtype: float64\n")
    assert values(text) == {}
