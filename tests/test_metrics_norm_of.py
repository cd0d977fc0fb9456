"""A quantity's magnitude named in a norm's bars is a result, whatever its word (NORM_OF)."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_bound_word_in_norm_bars_is_a_result():
    assert read("link: |min_val| =  0.543\n") == {"|min_val|": [(0.0, 0.543)]}


def test_the_same_word_without_bars_stays_a_setting():
    assert "min_val" not in read("min_val = 0.5\n")


def test_pairs_beside_it_are_judged_as_before():
    found = read("(X -1): max_pval = 0.00000, |min_val| =  0.543\n")
    assert found == {"|min_val|": [(0.0, 0.543)]}
