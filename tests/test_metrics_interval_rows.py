"""Rows of intervals under the names of their methods (INTERVAL_ROWS), and the candidate rule
that lets such a line be read (ENDS_IN_ASIDE: a digit, spaces, then ``)``)."""

from __future__ import annotations

from expctl.metrics import grammar
from expctl.metrics.interval_rows import read_interval_row
from tests.metric_reading import read, values

BOOT_CI = ("Intervals : \n"
           "Level      Normal              Basic         \n"
           "95%   (-5.348, -2.394 )   (-5.223, -2.220 )  \n"
           "\n"
           "Level     Percentile            BCa          \n"
           "95%   ( 0.7470,  0.9128 )   ( 0.6922,  0.8908 )  \n")


def test_each_interval_gives_both_bounds_under_the_method_over_it():
    found = values(BOOT_CI)
    assert found == {"Normal": [-5.348, -2.394], "Basic": [-5.223, -2.22],
                     "Percentile": [0.747, 0.9128], "BCa": [0.6922, 0.8908]}


def test_a_word_label_names_the_row_and_brackets_do_as_parentheses():
    text = ("term      lower-upper\n"
            "slope     [0.12, 0.40]\n")
    assert read_interval_row(text.splitlines()[1], lambda n: [text.splitlines()[0]]) == [
        ([("slope/lower-upper", "0.12"), ("slope/lower-upper", "0.40")], None)]


def test_intervals_under_no_names_or_among_other_text_are_no_row():
    assert read("95%   (-5.348, -2.394 )   (-5.223, -2.220 )\n") == {}
    crowded = ("Level      Normal   Basic\n"
               "95%   (-5.348, -2.394 )   (-5.223, -2.220 )\n")  # "Basic" over the first interval too
    assert read_interval_row(crowded.splitlines()[1], lambda n: [crowded.splitlines()[0]]) is None
    prose = ("Level      Normal              Basic\n"
             "95%   (-5.348, -2.394 ) and  (-5.223, -2.220 )\n")
    assert read_interval_row(prose.splitlines()[1], lambda n: [prose.splitlines()[0]]) is None


def test_a_line_closing_a_number_and_spaces_with_a_parenthesis_is_a_candidate():
    assert grammar.may_hold_metrics("95%   ( 0.7312,  0.8996 )   ")
    assert not grammar.may_hold_metrics("see the notes (chapter two )")


def test_a_rate_per_five_letter_step_closing_a_field_is_a_candidate():
    # ENDS_IN_TIMED_FIELD with RATE_LETTERS = 5: "ms/trial", "s/epoch", "ms/batch"
    assert grammar.may_hold_metrics("24 trials of sort (225.374ms total), 9.391ms/trial")
    assert grammar.may_hold_metrics("epoch 3 done, 12.5 s/epoch")
    assert not grammar.may_hold_metrics("see the notes, in ms/trials")
