"""LONG_RESULT_NAME (`expctl.metrics.sentences`): a name of four words or more without prose,
naming a result or a measure, then one decimal, is one pair; MEASURE_HEAD's coefficient."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_long_title_worded_result_name_is_read_whole():
    text = ("== epsilon-SVR on diabetes\n"
            "Cross Validation Mean squared error = 0.554155\n"
            "Cross Validation Squared correlation coefficient = 0.491108\n")
    assert read(text) == {"Cross Validation Mean squared error": [(0.0, 0.554155)],
                          "Cross Validation Squared correlation coefficient": [(0.0, 0.491108)]}


def test_a_long_name_of_no_result_or_a_whole_number_gives_nothing():
    assert read("Saving the best model weights now = 0.5\n") == {}
    assert read("Total number of support vectors here = 310\n") == {}
    assert read("Cross Validation Mean squared error = 12\n") == {}  # a whole number: a count


def test_a_coefficient_heads_a_measuring_sentence():
    assert read("Coefficient of determination: 0.47\n") == {
        "Coefficient of determination": [(0.0, 0.47)]}
