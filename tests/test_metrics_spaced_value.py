"""A figure named with no colon on a line of its own (SPACED_VALUE) and the condition number
(CONDITION_NUMBER), on invented lines in the shape a forecasting model's summary and a
regression's diagnostics print them."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import read, values

SUMMARY = ("Use trend: True\n"
           "ARMA errors (p, q): (0, 0)\n"
           "Box-Cox Lambda 0.731542\n"
           "Smoothing (Alpha): 0.251904\n"
           "\n"
           "AIC 981.204417\n"
           "7-day MAE: 0.9031\n")


def test_a_label_and_a_decimal_among_pairs_is_a_pair():
    found = values(SUMMARY)
    assert found["Box-Cox Lambda"] == [0.731542]
    assert found["AIC"] == [981.204417]
    assert found["Smoothing (Alpha)"] == [0.251904]


def test_a_label_under_a_heading_is_a_pair():
    text = "DIAGNOSTICS\nCONDITION NUMBER           12.804\n\nTEST ON ERRORS\n"
    assert values(text) == {"CONDITION NUMBER": [12.804]}


def test_a_run_of_such_lines_is_a_listing_not_pairs():
    listing = "alpha_weight    0.847498\nbeta_weight     0.788230\ngamma_weight    0.719163\n"
    assert read(listing) == {}


def test_a_line_under_a_column_header_is_a_table_row():
    assert read("Correlation of Fixed Effects:\n     (Intr)\nDays -0.138415\n") == {}


def test_a_version_a_count_and_prose_are_no_spaced_value():
    assert read("Parsed: ok\nidna 3.20\n") == {}  # two places: a version
    assert read("Parsed: ok\nGPU number 1.000\n") == {}  # a count
    assert read("Parsed: ok\nLearning rate set to 0.217903\n") == {}  # prose


def test_condition_number_is_no_count():
    assert not rules.is_setup_name("condition number")
    assert rules.is_setup_name("GPU number")


def test_the_line_is_read_as_its_colon_pair_would_be():
    for label in ("Epoch 2.000", "lr 0.001000", "Threshold 0.500"):
        colon = label.replace(" ", ": ", 1)
        name = label.split()[0]
        spaced, colonned = (read(f"status: ok\n{text}\nscore: 0.5\n").get(name) for text in (label, colon))
        assert spaced == colonned
