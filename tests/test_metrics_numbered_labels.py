"""A pandas frame of models named with a number first, beside columns of text (NUMBERED_LABEL,
SPACED_HEADER and ENTITY_ROWS' text cells in docs/metric-rules.rst)."""

from __future__ import annotations

from tests.metric_reading import read

LEADERBOARD = ("                 name     model_type metric_type  metric_value  train_time\n"
               "0          1_Baseline       Baseline     logloss      0.693156        5.78\n"
               "1      2_DecisionTree  Decision Tree     logloss      0.925264        6.69\n"
               "2            3_Linear         Linear     logloss      0.290633        6.76\n")


def test_models_numbered_in_their_names_beside_text_columns_are_each_a_thing():
    assert read(LEADERBOARD) == {"1_Baseline/metric_value": [(0.0, 0.693156)],
                                 "2_DecisionTree/metric_value": [(0.0, 0.925264)],
                                 "3_Linear/metric_value": [(0.0, 0.290633)]}


def test_a_text_cell_of_three_words_is_no_row_of_the_table():
    # a look-alike: a cell of three words is prose, not a text column's value; the table ends
    text = LEADERBOARD.replace("Decision Tree     logloss", "Decision Tree Forest logloss")
    assert "2_DecisionTree/metric_value" not in read(text)


def test_a_number_alone_or_before_a_space_is_no_label():
    assert read("run 12 results\n1_000 steps  0.5  0.6\n12 steps  0.5  0.6\n") == {}
