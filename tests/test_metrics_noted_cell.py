"""NOTED_CELL: words one space apart standing in a number's place between numbers of a row
under a header of names one space apart are an empty cell; words that label a row are no
note; on invented lines."""

from __future__ import annotations

from expctl.metrics.cells import is_value_cell
from expctl.metrics.noted_cells import is_noted_row, noted_tokens
from tests.metric_reading import read

# a solver's trace, Fortran-style: numbers one space apart under names one space apart
TRACE = ("iter     cost    gradnorm  stepsz\n"
         "   1 9.50e-01 not yet run 1.0e-01\n"
         "   2 8.25e-01   (skipped) 1.0e-01\n"
         "   3 7.00e-01   3.125e-02 5.0e-02\n"
         "   4 6.50e-01   1.250e-02 2.5e-02\n")


def test_a_note_in_a_column_of_numbers_is_an_empty_cell():
    got = read(TRACE)
    assert got["cost"] == [(1.0, 0.95), (2.0, 0.825), (3.0, 0.7), (4.0, 0.65)]
    assert got["gradnorm"] == [(3.0, 0.03125), (4.0, 0.0125)]


def test_a_note_is_one_token_between_numbers():
    tokens = [(0, 1, "1"), (2, 4, "0.5"), (5, 7, "--"), (8, 10, "EM"), (11, 13, "--"), (14, 17, "0.2"),
              (18, 21, "0.1")]
    assert noted_tokens(tokens, is_value_cell) == [(0, 1, "1"), (2, 4, "0.5"), (5, 13, ""),
                                                   (14, 17, "0.2"), (18, 21, "0.1")]


def test_words_opening_or_closing_a_row_label_it():
    assert not is_noted_row("  conv2d_forward  12.5%  3.1  0.25", is_value_cell)
    assert not is_noted_row("  3  0.25  0.5  0.125  converged", is_value_cell)


def test_too_many_words_or_a_digit_make_no_note():
    assert not is_noted_row("  3  0.25  waiting for the other workers  0.5  0.125", is_value_cell)
    assert not is_noted_row("  3  0.25  run v2  0.5  0.125", is_value_cell)


def test_a_sentence_with_two_numbers_is_no_row():
    text = "epoch   loss   acc\n   1   0.5   0.7\n  2 done in 0.5 s\n"
    assert "done" not in str(read(text))


def test_a_label_under_the_first_column_is_no_note():
    text = ("         group   mean    sd      n\n"
            "1  low dose    0.4125  0.0625  12\n"
            "2  high dose   0.5250  0.1250  12\n")
    assert read(text).get("mean", []) != [(1.0, 0.4125), (2.0, 0.525)]
