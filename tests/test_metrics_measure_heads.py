"""Rules written from the structure of output the lowest development halves still missed (a
sentence naming what it measures, a size in a problem's notation, a statistic of times before
any other result), each checked on invented lines: what the rule reads, and look-alikes it must
leave alone."""

from __future__ import annotations

import pytest

from tests.metric_reading import read, read_with_params

# -- MEASURE_HEAD (sentences) ----------------------------------------------------------------------


@pytest.mark.parametrize("line, name, value", [
    ("Area under the ROC curve: 0.8125", "Area under the ROC curve", 0.8125),
    ("Laplace criterion at the optimum: 812.25", "Laplace criterion at the optimum", 812.25),
    ("Mean accuracy on the held-back folds: 0.871", "Mean accuracy on the held-back folds", 0.871),
    ("Effective samples per second of sampling: 41.5", "Effective samples per second of sampling", 41.5),
    ("Chow-test for structural break: 4.209", "Chow-test for structural break", 4.209),
    ("Fitness value of the fittest genome = 12.75", "Fitness value of the fittest genome", 12.75),
    ("Recall on the rare classes (3-fold): 0.6400", "Recall on the rare classes (3-fold)", 0.64),
])
def test_a_sentence_whose_head_names_a_measure_is_one_pair(line, name, value):
    assert read(f"starting\n{line}\n") == {name: [(0.0, value)]}


def test_a_sentence_opened_by_a_result_word_still_takes_a_whole_number():
    assert read("Accuracy of the model on the 500 held images: 71 %\n") == {
        "Accuracy of the model on the 500 held images": [(0.0, 71.0)]}


@pytest.mark.parametrize("line", [
    "Index of the best genome : 7",              # a whole number: an index
    "Area of the grid in cells: 64",             # a whole number after a measure word: a count
    "Number of the evaluations per run: 31.5",   # a count's head
    "Time taken for the tests: 1.125",           # a time's head
    "Average visits of the users: 20.8",         # no measure in the head
    "The sparsity of the dataset: 89.72",        # an article opens it: a sentence about data
    "Confusion table for max f1 at cutoff = 0.43",  # no measure before the prose
])
def test_sentences_that_measure_nothing_give_no_pair(line):
    assert read(f"starting\n{line}\n") == {}


def test_ps_df_and_git_give_nothing():
    ps = ("    PID TTY          TIME CMD\n"
          "  21532 pts/3    00:00:00 bash\n")
    df = ("Filesystem     1K-blocks     Used Available Use% Mounted on\n"
          "/dev/sda1       51475068 20001234  28837412  41% /\n")
    git = ("commit 3f2a9c1d\n"
           "Author: A Person <a@example.org>\n\n"
           "    Raise the area of the plot to 0.75 of the page\n"
           " 2 files changed, 14 insertions(+), 3 deletions(-)\n")
    assert read(ps) == {} and read(df) == {} and read(git) == {}


# -- SIZE_LETTER (formats) -------------------------------------------------------------------------


def test_a_capital_letter_glued_to_a_whole_number_is_a_size_not_a_pair():
    assert read("matmul forward: N=4096\nscan with K=16, loss=0.25\n") == {"loss": [(0.0, 0.25)]}


def test_a_letter_with_a_decimal_or_spaced_as_a_statistic_stays():
    points = read("episode 3 R=23.0\nW = 41, p-value = 0.1\n")
    assert points["R"] == [(3.0, 23.0)] and points["W"] == [(3.0, 41.0)]
    assert points["p-value"] == [(3.0, 0.1)]


def test_a_name_of_two_capitals_with_a_whole_number_stays():
    assert read("NK=16 acc=0.75\n") == {"NK": [(0.0, 16.0)], "acc": [(0.0, 0.75)]}


# -- STATISTIC_TIME before any other result (held_config) -----------------------------------------


def test_a_statistic_of_times_under_a_case_label_is_a_result_not_a_setting():
    text = ("config: {'dim': 64, 'heads': 8}\n"
            "matmul forward\n"
            "baseline\n"
            "  Median: 412.50 us\n"
            "  IQR:    12.25 us (405.00 to 417.25)\n"
            "  120 measurements, 1 runs per measurement, 1 thread\n")
    points, params = read_with_params(text)
    assert points == {"Median": [(0.0, 412.5)]}
    assert ("dim", 64) in params or ("dim", "64") in params


def test_a_settings_block_of_times_without_a_statistic_stays_config():
    text = ("Settings:\n"
            "  timeout: 30 s\n"
            "  warmup: 5 s\n"
            "epoch 1 loss=0.5\n")
    points, params = read_with_params(text)
    assert "timeout" not in points and "warmup" not in points
    assert points["loss"] == [(1.0, 0.5)]


# -- LABELLED_GLUED (glued) ------------------------------------------------------------------------


def test_one_glued_decimal_after_a_label_is_its_field():
    assert read("Final holdout metrics: mae:0.4125\n") == {"mae": [(0.0, 0.4125)]}


@pytest.mark.parametrize("line", [
    "Listening on: localhost:8080",     # a port: a whole number
    "Warning raised at: train.py:48",   # a source location
    "Started at: 12:30:45",             # a clock
    "Model saved to: ckpt:0.5 and more",  # more than the one token
])
def test_one_glued_token_that_is_no_field_gives_nothing(line):
    assert read(line + "\n") == {}


# -- SERIES_STEPS (units) --------------------------------------------------------------------------


def test_a_series_time_counted_in_steps_stands_with_its_unit():
    assert read("Integrated autocorrelation time: 12.75 steps\n") == {
        "Integrated autocorrelation time": [(0.0, 12.75)]}


def test_another_time_or_another_word_after_a_series_time_is_prose():
    assert read("Total run time: 12.75 steps\nautocorrelation time: 12.75 walkers ago\n") == {}
