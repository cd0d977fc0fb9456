"""ALIGNED_SETTINGS: flush-left labels of several words padded so that their values stand in
one column, before training output, are settings; a report of results so padded is not; on
invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params

SETTINGS = ("Annealing schedule (geometric):  9.5e-01\n"
            "initial temp. (units K):         1.0e+02\n"
            "moves per sweep:                 400\n"
            "acceptance floor (stop):         2.0e-03\n"
            "rng stream:                      7\n")
TRACE = "step: 1  energy: 12.5\nstep: 2  energy: 11.25\n"


def test_padded_labels_before_training_are_params():
    got, params = read_with_params(SETTINGS + TRACE)
    assert got["energy"] == [(1.0, 12.5), (2.0, 11.25)] and set(got) <= {"energy", "step"}
    assert ("Annealing schedule (geometric)", "9.5e-01") in params
    assert ("acceptance floor (stop)", "2.0e-03") in params
    assert len(params) == 5


def test_values_out_of_one_column_are_no_such_run():
    text = ("cooling rate (geometric): 9.5e-01\n"
            "initial temperature:     1.0e+02\n"
            "acceptance floor:          2.0e-03\n"
            "swap factor (replica):   3.5e-01\n") + TRACE
    got, params = read_with_params(text)
    assert not any(name == "acceptance floor" for name, _ in params)


def test_padded_results_are_not_settings():
    results = ("Final objective (best):   -152.04817\n"
               "mean residual (train):    3.2156e-02\n"
               "worst residual:           9.1e-01\n"
               "moves accepted (share):   4.5e-01\n")
    got, params = read_with_params(results)
    assert "Final objective (best)" in got and not params


def test_a_padded_block_after_training_output_is_not_taken():
    got, params = read_with_params(TRACE + SETTINGS)
    assert not any(name == "moves per sweep" for name, _ in params)
