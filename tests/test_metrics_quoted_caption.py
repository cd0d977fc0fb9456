"""A label in quotes, one value and an aside of settings (QUOTED_CAPTION: R's ``'log Lik.'
-584.1257 (df=7)``) is the label's pair, named as printed."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_quoted_label_names_its_value():
    assert read("'log Lik.' -584.1257 (df=7)\n") == {"'log Lik.'": [(0.0, -584.1257)]}


def test_a_quoted_label_without_its_settings_is_left():
    assert read("'log Lik.' -584.1257\n") == {}


def test_words_after_the_aside_make_it_prose():
    assert read("'log Lik.' -584.1257 (df=7) was the best\n") == {}
