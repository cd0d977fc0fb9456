"""A repeated timing summed up as a count of trials of a case (TRIALS_OF), on invented lines in
the shape Perl's Benchmark::Timer reports."""

from __future__ import annotations

from tests.metric_reading import read, values


def test_the_total_and_the_time_per_trial_are_the_cases_results():
    text = ("24 trials of sort (225.374ms total), 9.391ms/trial\n"
            "10 runs of json encode (31.2ms total), 3.12ms/run\n")
    assert values(text) == {"sort/total": [225.374], "sort/trial": [9.391],
                            "json encode/total": [31.2], "json encode/run": [3.12]}


def test_a_count_of_other_things_or_no_total_is_no_timing():
    assert read("24 files of data (225.374MB total), 9.391MB/file\n") == {}
    assert read("24 trials of sort, 9.391ms/trial\n") == {}
