"""LABELS_HEADER: a header naming the label column over ``label: values`` rows is part of
their block: the heading above both says whether the rows are settings or results."""

from __future__ import annotations

from tests.metric_reading import read

EARLIER = """\
     param:      mean       sd
     alpha:      0.31     0.02
      beta:      1.62     0.11

"""
ROWS = """\
     param    guess [   low,   high]
     alpha:     0.25 [  0.00,   1.00]
      beta:     1.50 [  0.10,  10.00]
"""
SUMMARY = {"alpha/mean": [(0.0, 0.31)], "alpha/sd": [(0.0, 0.02)],
           "beta/mean": [(0.0, 1.62)], "beta/sd": [(0.0, 0.11)]}


def test_rows_under_a_settings_heading_and_a_header_are_settings():
    assert read(EARLIER + "Fitting these parameters:\n" + ROWS) == SUMMARY


def test_rows_under_a_results_heading_and_a_header_stay_results():
    assert read(EARLIER + "Final estimates:\n" + ROWS) == {
        **SUMMARY, "alpha": [(0.0, 0.25)], "beta": [(0.0, 1.5)]}


def test_a_header_whose_first_word_ends_elsewhere_is_no_part_of_the_block():
    rows = ROWS.replace("     param    guess", "  param       guess")
    assert read(EARLIER + "Fitting these parameters:\n" + rows) == {
        **SUMMARY, "alpha": [(0.0, 0.25)], "beta": [(0.0, 1.5)]}
