"""DEGREES_OF_FREEDOM in R's own spellings: ``Df`` closes a statistic's pair as ``df`` does."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_log_likelihood_on_its_degrees_of_freedom_spelt_df_is_read():
    assert read("Log-likelihood: -1555 on 9 Df\n") == {"Log-likelihood": [(0.0, -1555.0)]}
    assert read("Log-likelihood: -1555 on 9 df\n") == {"Log-likelihood": [(0.0, -1555.0)]}


def test_other_words_after_the_count_stay_prose():
    assert read("Log-likelihood: -1555 on 9 Dfs of the data\n") == {}
