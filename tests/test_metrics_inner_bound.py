"""NOT_METRIC_WORDS' bounds: ``max``/``min`` before a word naming no result is a bound set for
the run wherever it stands before the name's last word (``base_min_freq``, a qualifier first),
not only first; before a result word it is a statistic. Checked on invented lines."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values


def test_a_bound_word_after_a_qualifier_still_names_a_bound():
    assert rules.is_setup_name("base_min_freq")
    assert rules.is_setup_name("tree_max_depth")
    assert values("Start processing 8120 bytes (seed_min_count=3)...\n") == {}


def test_a_bound_word_before_a_result_word_or_last_names_a_result():
    assert not rules.is_setup_name("episode_max_reward")
    assert not rules.is_setup_name("val_min_loss")
    assert not rules.is_setup_name("loss_max")
    assert values("eval: episode_max_reward=41.5 val_min_loss=0.213\n") == {
        "eval/episode_max_reward": [41.5], "val_min_loss": [0.213]}


def test_a_bound_word_after_a_statistic_phase_or_step_word_is_measured():
    assert not rules.is_setup_name("avg_max_q")
    assert not rules.is_setup_name("ep_max_q")
    assert not rules.is_setup_name("test_min_dist")
    assert values("step: 4 avg_max_q=3.27 ep_max_q=5.1\n") == {
        "step": [4.0], "avg_max_q": [3.27], "ep_max_q": [5.1]}
