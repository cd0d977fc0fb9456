"""WORDED_ASIDE and ORDINAL_SECOND: a label with an aside of words in parentheses names its
one value, the aside kept; ``second`` before a noun is an ordinal, no time word."""

from __future__ import annotations

from tests.metric_reading import values


def test_an_aside_closing_the_label_stays_in_the_name():
    text = ("Running simulation...\n"
            "mean pressure (last quarter): 1.013 bar\n"
            "mean potential energy per atom (second half): 0.05889 eV\n")
    got = values(text)
    assert got["mean pressure (last quarter)"] == [1.013]
    assert got["mean potential energy per atom (second half)"] == [0.05889]
    assert "mean pressure" not in got


def test_an_aside_inside_the_label_keeps_the_words_before_it():
    text = ("Concordance= 0.637  (se = 0.025 )\n"
            "Wald test            = 29.93  on 3 df,   p=1e-06\n"
            "Score (logrank) test = 30.5  on 3 df,   p=1e-06\n")
    got = values(text)
    assert got["Score (logrank) test"] == [30.5]
    assert "test" not in got


def test_a_symbol_or_a_setting_in_parentheses_is_no_worded_aside():
    got = values("Polynomial Order Bias (q):                  2\n"
                 "trustworthiness (k=5): 0.9881\n")
    assert "Polynomial Order Bias (q)" not in got
    assert got["trustworthiness (k=5)"] == [0.9881]


def test_a_time_in_seconds_stays_bookkeeping_beside_an_ordinal():
    got = values("Training finished\n"
                 "accuracy (second pass): 0.91\n"
                 "elapsed seconds: 12.5\n")
    assert got["accuracy (second pass)"] == [0.91]
    assert "elapsed seconds" not in got
