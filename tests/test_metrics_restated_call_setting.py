"""SPACED_CALL_ECHO and RESTATED_SETTING: R's echo of a call on its label's line records the
call's arguments as settings, and a summary's label restating one of them (``Threshold: 1``
after ``threshold = 1``) is that setting, no metric. On invented R prints."""

from __future__ import annotations

from tests.metric_reading import read_with_params

_FIT = ("Call: fitpot(x = y, threshold = 1.5) \n"
        "Deviance: 855.6149 \n"
        "\n"
        "Threshold: 1.5 \n"
        "Proportion Above: 0.506 \n")


def test_a_call_echoed_after_its_label_records_its_arguments():
    _, params = read_with_params("Call: fitpot(x = y, threshold = 1.5)\n")
    assert params == [("x", "y"), ("threshold", "1.5")]


def test_a_label_restating_an_argument_is_that_setting():
    found, params = read_with_params(_FIT)
    assert found == {"Deviance": [(0.0, 855.6149)], "Proportion Above": [(0.0, 0.506)]}
    assert ("threshold", "1.5") in params


def test_another_value_under_the_label_is_a_result():
    found, _ = read_with_params(_FIT.replace("Threshold: 1.5", "Threshold: 2.5"))
    assert found["Threshold"] == [(0.0, 2.5)]


def test_a_python_repr_under_a_heading_stays_a_member():
    found, params = read_with_params("Nodes: 0 NodeGene(key=0, bias=-3.2, activation=tanh)\n")
    assert found == {} and params == []
