"""A sentence ``<name> is <value>`` whose name is a measure of a few words without prose
(SPOKEN_NAME: ``Serial correlation coefficient is -0.0025.``) is that pair, and an aside closing
it that equates a number with a state (REFERENCE_ASIDE: ``(totally uncorrelated = 0.0)``, ``(127.5
= random)``) is the value a reference would take, no finding of its own."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_spoken_measure_is_its_pair():
    assert read("Serial correlation coefficient is -0.002506.\n") == {
        "Serial correlation coefficient": [(0.0, -0.002506)]}


def test_a_reference_aside_gives_nothing():
    assert read("Serial correlation coefficient is -0.002506 (totally uncorrelated = 0.0).\n") == {
        "Serial correlation coefficient": [(0.0, -0.002506)]}
    assert read("Pearson correlation coefficient is 0.41 (0.0 = independent).\n") == {
        "Pearson correlation coefficient": [(0.0, 0.41)]}


def test_an_aside_naming_a_result_is_no_reference():
    found = read("Serial correlation coefficient is -0.002506 (test accuracy = 0.93).\n")
    assert "test accuracy" in found


def test_a_spoken_name_of_no_measure_stays_prose():
    assert read("The answer is 0.5.\n") == {}
