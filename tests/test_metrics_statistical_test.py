"""A phase word that names a statistical test (STATISTICAL_TEST), and a sentence naming a correlation
estimate with its standard error (MEASURE_HEAD), in the shapes R's polycor prints."""

from __future__ import annotations

from tests.metric_reading import values


def test_test_of_something_is_no_test_phase():
    found = values("Test of bivariate normality: Chisquare = 0.8419, df = 2, p = 0.6564\n")
    assert found["Chisquare"] == [0.8419] and found["p"] == [0.6564]
    assert not any(name.startswith("test/") for name in found)


def test_a_test_phase_label_still_qualifies():
    assert "test/loss" in values("Test: loss = 0.52, acc = 0.81\n")


def test_a_correlation_estimate_is_named_by_the_whole_sentence_its_error_dropped():
    assert values("Polychoric Correlation, ML est. = 0.508 (0.05575)\n") == {
        "Polychoric Correlation, ML est.": [0.508]}
