"""A headed, aligned run of ``<number> <words>`` lines (VALUE_FIRST_BLOCK) and the candidate
rule that lets such lines be read (OPENS_WITH_VALUE), on invented summaries."""

from __future__ import annotations

from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import read, values

SUMMARY = ("Running day 40 of 40\n"
           "\n"
           "Outbreak summary:\n"
           "          812 confirmed cases\n"
           "           41 hospital admissions\n"
           "        3,507 tests performed\n"
           "            0 vaccine doses\n"
           "\n"
           "done\n")


def test_each_line_of_a_headed_aligned_run_is_its_words_value():
    assert values(SUMMARY) == {"confirmed cases": [812.0], "hospital admissions": [41.0],
                               "tests performed": [3507.0], "vaccine doses": [0.0]}


def test_the_values_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 11, 64):
        assert read(SUMMARY, chunk) == read(SUMMARY)
    blank = SUMMARY.replace("Outbreak summary:\n", "Outbreak summary:\n\n")
    assert read(blank) == read(SUMMARY)  # a blank line is passed over, as lines are read


def test_the_widest_number_flush_left_is_read_with_its_run():
    text = "Summary:\n  812 confirmed cases\n   41 hospital admissions\n3,507 tests performed\n"
    assert values(text) == {"confirmed cases": [812.0], "hospital admissions": [41.0]}


def test_left_aligned_numbers_with_their_words_in_one_column_are_a_run_too():
    text = "Totals:\n  3      retries\n  120    requests served\n  7      timeouts\n"
    assert values(text) == {"retries": [3.0], "requests served": [120.0], "timeouts": [7.0]}


def test_no_heading_right_above_or_too_short_a_run_gives_nothing():
    counts = "      3 apple\n     12 banana\n      7 cherry\n"  # uniq -c
    assert read(counts) == {}
    assert read("Fruit:\nin the basket\n      3 apple\n     12 banana\n      7 cherry\n") == {}
    assert read("Fruit:\n      3 apple\n     12 banana\n") == {}
    assert read("Epoch 3:\n      3 apple\n     12 banana\n      7 cherry\n") == {}


def test_unaligned_lines_or_setup_words_give_nothing():
    assert read("Fruit:\n  3 apple\n     12 banana\n 7 cherry\n") == {}
    assert "samples" not in values("Data:\n  150 samples\n   40 lost rows\n    3 bad rows\n")


def test_only_a_number_set_in_then_words_to_the_end_is_a_candidate():
    assert may_hold_metrics("        2,221 cumulative tests")
    assert may_hold_metrics("   -3 degrees below")
    assert not may_hold_metrics("2026 rows loaded")  # flush left: a sentence's count first
    assert not may_hold_metrics("5 passed in 0.3s extra words")
    assert not may_hold_metrics("  3 classes: 'setosa', 'versicolor'")
    assert not may_hold_metrics("    12 /usr/lib/python")
