"""SETTINGS_LABEL's ``conditions`` (fields) and MEASURE_HEAD's ``estimate`` (sentences): the
bounds a run stops at are settings, an estimate named in a sentence is a result; checked on
invented optimiser and resampling reports."""

from __future__ import annotations

from tests.metric_reading import values


def test_pairs_after_a_conditions_label_are_no_metrics():
    text = ("Number of Iterations....: 40 \n"
            "Stopping conditions:  ftol_abs: 1e-06\tmaxtime: 30 \n"
            "Current value of objective function:  0.25 \n")
    got = values(text)
    assert "ftol_abs" not in got and "maxtime" not in got


def test_an_estimate_opening_a_sentence_names_its_value():
    got = values("Bootstrap estimate of prediction error:  0.137 \n")
    assert got == {"Bootstrap estimate of prediction error": [0.137]}


def test_an_estimate_of_a_whole_number_is_still_a_count():
    assert values("Rough estimate of trees needed:  400 \n") == {}


def test_a_value_of_an_objective_is_named_by_the_sentence():
    got = values("Final value of objective function:  0.0421 \n")
    assert got == {"Final value of objective function": [0.0421]}


def test_a_value_of_a_setting_is_no_metric():
    assert values("Default value of learning rate:  0.001 \n") == {}
