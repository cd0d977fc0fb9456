"""Rules written from the structure of the eighth and ninth halves' output (issue 11) that say
which printed records are settings: each checked on invented lines, one the rule reads and a
look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


# -- CONFIG_MARKERS: a config word right before a record ------------------------------------


def test_a_record_right_after_a_config_word_is_settings():
    # A sampler says what it drew: the record holds the candidate's settings, not results.
    text = ("Drew candidate 3 with settings {'lr': 0.02, 'momentum': 0.85} from the sampler\n"
            "Drew candidate 4 with settings {'lr': 0.07, 'momentum': 0.91} from the sampler\n")
    series, params = read_with_params(text)
    assert series == {}
    assert ("lr", "0.02") in params and ("momentum", "0.85") in params


def test_a_record_after_another_word_stays_results():
    # A look-alike: "scores" names no configuration, so the record's numbers are results.
    series, params = read_with_params("round 3 scores {'f1': 0.62, 'auc': 0.81}\n")
    assert series == {"f1": [(3.0, 0.62)], "auc": [(3.0, 0.81)]}
    assert params == []
