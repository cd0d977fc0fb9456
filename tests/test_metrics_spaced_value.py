"""A figure named with no colon on a line of its own beside a summary's pairs (SPACED_VALUE), on
invented lines in the shape a forecasting model's summary prints them."""

from __future__ import annotations

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


def test_a_line_beside_one_pair_of_the_summary_is_read_past_a_blank_line():
    assert values("Mean deviance:  102.3\n\npenalty 3.358\nPenalized deviance: 105.7\n") == {
        "Mean deviance": [102.3], "penalty": [3.358], "Penalized deviance": [105.7]}


def test_a_label_alone_or_under_a_title_says_too_little():
    assert read("DIAGNOSTICS\nCONDITION INDEX           12.804\n\nTEST ON ERRORS\n") == {}
    assert read("Loaded the model from disk\nMean deviation      0.155\n") == {}


def test_a_run_of_such_lines_is_a_listing_not_pairs():
    listing = "alpha_weight    0.847498\nbeta_weight     0.788230\ngamma_weight    0.719163\n"
    assert read(listing + "score: 0.5\n") == {"score": [(0.0, 0.5)]}


def test_a_line_under_a_column_header_is_a_table_row():
    assert read("Correlation of Fixed Effects:\n     (Intr)\nDays -0.138415\n") == {}


def test_a_version_a_count_and_prose_are_no_spaced_value():
    assert list(read("score: 0.5\nidna 3.20\n")) == ["score"]  # two places: a version
    assert list(read("score: 0.5\nGPU number 1.000\n")) == ["score"]  # a count
    assert list(read("score: 0.5\nLearning rate set to 0.217903\n")) == ["score"]  # prose


def test_the_line_is_read_as_its_colon_pair_would_be():
    for label in ("Epoch 2.000", "lr 0.001000", "Threshold 0.500"):
        colon = label.replace(" ", ": ", 1)
        name = label.split()[0]
        spaced, colonned = (read(f"status: ok\n{text}\nscore: 0.5\n").get(name) for text in (label, colon))
        assert spaced == colonned
