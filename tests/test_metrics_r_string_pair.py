"""R_STRING_PAIR (`expctl.metrics.r_strings`) and its candidate rule ENDS_IN_R_STRING: R's print
of one string made of a name and a number (``paste0`` then ``print``)."""

from __future__ import annotations

from expctl.metrics import grammar, scan
from expctl.metrics.r_strings import r_string_pair
from tests.metric_reading import read


def test_a_printed_string_of_a_name_and_a_number_is_the_pair():
    assert r_string_pair('[1] "elbo:-1204.5531"') == [("elbo", "-1204.5531")]
    assert r_string_pair('[1] "rmse = 0.4127"') == [("rmse", "0.4127")]
    assert r_string_pair('[1] "mean abs error: 3.2e-04"') == [("mean abs error", "3.2e-04")]
    assert r_string_pair('[1] "log.lik=12.5"  ') == [("log.lik", "12.5")]


def test_anything_more_or_less_than_a_pair_is_no_pair():
    assert r_string_pair('[1] "host:8080"') == []  # a whole number glued: a port, a count
    assert r_string_pair('[1] "12:30.5"') == []  # no name
    assert r_string_pair('[1] "fitting model 3 of 10, best so far: 0.5"') == []  # a sentence
    assert r_string_pair('[1] "a:0.5" "b:0.7"') == []  # two strings
    assert r_string_pair('[2] "tol:0.5"') == []  # a vector's later element
    assert r_string_pair('elbo:-1204.55') == []


def test_such_a_line_is_a_candidate_in_every_scan():
    for line in ('[1] "elbo:-1204.5531"', '[1] "rmse = 0.4127"   '):
        assert grammar.may_hold_metrics(line) and scan.may_hold(line)
        assert scan.candidate_starts(line.encode(), 0, len(line)) in ([0], None)
        assert scan.candidate_starts(line + "\né", 0, len(line) + 2) in ([0], None)  # the text scan
    assert not grammar.may_hold_metrics('say "version 3"')  # not R's print: no "[" opening it
    assert not grammar.may_hold_metrics('[1] "done"')


def test_a_run_of_printed_strings_is_a_series():
    text = "".join(f'[1] "elbo:{value}"\n' for value in ("-1204.5531", "-1100.25", "-1098.0017"))
    assert read(text) == {"elbo": [(0.0, -1204.5531), (1.0, -1100.25), (2.0, -1098.0017)]}
    assert read('[1] "Random seed: 1.5"\n[1] "n_trees=3.0"\n') == {}  # names judged as a pair's


def test_a_block_set_in_whole_keeps_its_strings():
    text = "".join(f'    [1] "deviance = {value}"\n' for value in ("81.25", "80.5"))
    assert grammar.may_hold_metrics(text.splitlines()[0]) and scan.may_hold(text.splitlines()[0])
    assert read(text) == {"deviance": [(0.0, 81.25), (1.0, 80.5)]}
