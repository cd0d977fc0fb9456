"""RATIO_NAME: a slash set apart by spaces between two words of a pair's name keeps the word
before it: the figure is one measure over another, not the second measure."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_ratio_of_two_figures_is_named_by_both():
    assert read("[fold 2] MAPE / median: 12.5%\n") == {"MAPE / median": [(2.0, 12.5)]}  # at the fold
    assert read("cost / sample = 0.031, throughput: 410\n") == {
        "cost / sample": [(0.0, 0.031)], "throughput": [(0.0, 410.0)]}


def test_the_ratio_stays_apart_from_its_parts():
    found = read("RMSE: 4.0\nRMSE / range: 0.25\n")
    assert found == {"RMSE": [(0.0, 4.0)], "RMSE / range": [(0.0, 0.25)]}


def test_a_slash_with_nothing_before_it_or_after_a_phase_names_no_ratio():
    assert read("/ total: 3.5\n") == {"total": [(0.0, 3.5)]}
    assert read("valid / f1: 0.5\n") == {"val/f1": [(0.0, 0.5)]}
