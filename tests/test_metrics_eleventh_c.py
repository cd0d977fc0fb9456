"""Rules written from the structure of the eleventh half's output (issue 11: a table whose cells
are bracketed lists of numbers, ...), each checked on invented lines: one that the rule reads,
and a look-alike it must leave alone."""

from __future__ import annotations

from expctl.metrics.cells import list_values
from tests.metric_reading import read
from tests.test_metrics_candidates import read_block


# -- LIST_CELLS (tables) and ENDS_IN_LIST (grammar) ----------------------------------------------

LISTED = ("Iter    Fit terms              Check\n"
          "10      [2.50e+00, 3.0e-02]    [9.1e-01]\n"
          "20      [1.25e+00, 1.5e-02]    [8.7e-01]\n")


def test_a_bracketed_list_cell_gives_one_value_per_term_at_the_rows_step():
    for points in (read(LISTED), read_block(LISTED)):
        assert points["Fit terms"] == [(10.0, 2.5), (10.0, 0.03), (20.0, 1.25), (20.0, 0.015)]
        assert points["Check"] == [(10.0, 0.91), (20.0, 0.87)]


def test_a_list_of_words_or_a_progress_tag_is_no_list_cell():
    assert list_values("[1.5, 2]") == ["1.5", "2"]
    assert list_values("[a, 2]") is None and list_values("[3/10]") is None
    text = "Iter    Fit terms\n10      [low, high]\n20      [low, mid]\n"
    assert read(text) == {} and read_block(text) == {}


# -- SPACED_FIELDS (formats, fields) ---------------------------------------------------------------

TWO_COLUMNS = ("Kernel:              RadialKernel Fit Error:           0.0312\n"
               "Solver:                 LBFGS Deviance:                 12.5\n")


def test_a_left_fields_value_is_no_word_of_the_right_fields_name():
    assert read(TWO_COLUMNS) == {"Fit Error": [(0.0, 0.0312)], "Deviance": [(0.0, 12.5)]}


def test_a_tight_pair_or_a_phase_word_after_a_spaced_label_keeps_its_words():
    assert read("Summary:   mean loss: 0.25\n") == {"mean loss": [(0.0, 0.25)]}
    assert read("Summary:   val loss:    0.25\n") == {"val loss": [(0.0, 0.25)]}


# -- NOT_METRIC_WORDS: a random state is the seed --------------------------------------------------


def test_a_random_state_is_no_metric_but_a_state_value_is():
    text = "Random state:   7\nBest score:   0.42\nstate value:   3.5\n"
    assert read(text) == {"Best score": [(0.0, 0.42)], "state value": [(0.0, 3.5)]}


# -- RESULT_RUN (headed) ------------------------------------------------------------------------


def test_a_run_of_lines_of_a_results_name_and_a_decimal_is_a_series():
    text = "Accuracy 0.5625\nAccuracy 0.59375\nAccuracy 0.625\nEpoch 0: loss = 0.37\n"
    for points in (read(text), read_block(text)):
        assert points["Accuracy"] == [(0.0, 0.5625), (1.0, 0.59375), (2.0, 0.625)]


def test_a_lone_result_line_or_a_run_of_counts_or_other_names_is_no_series():
    assert read("loss 0.5\n") == {}
    assert read("errors 3\nerrors 4\n") == {}  # whole numbers: counts
    assert read("Workers 4.5\nWorkers 5.5\n") == {}  # no result's name
    assert read("accuracy 0.5\nloss 0.25\n") == {}  # no run: two names once each
