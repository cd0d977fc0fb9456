"""NOT_METRIC_WORDS: a sum of a counted noun (``weighted example sum``, ``sample sum``) counts the
things, as ``number of examples`` does; a sum of a result (``loss sum``, ``reward sum``) or of
labels stays a measured amount. Checked on an invented end-of-run summary."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values

_SUMMARY = ("finished run\n"
            "number of examples = 1200\n"
            "weighted example sum = 1200.000000\n"
            "weighted label sum = 86.250000\n"
            "average loss = 0.412250\n")


def test_a_sum_of_examples_is_a_count_and_no_metric():
    got = values(_SUMMARY)
    assert "weighted example sum" not in got
    assert got["average loss"] == [0.41225]
    assert rules.is_setup_name("sample sum")


def test_a_sum_of_results_or_labels_stays_a_metric():
    assert values(_SUMMARY)["weighted label sum"] == [86.25]
    assert not rules.is_setup_name("reward sum")
    assert not rules.is_setup_name("loss sum")


def test_a_sum_of_a_result_over_counted_things_stays_a_metric():
    assert not rules.is_setup_name("loss sum over tokens")
    assert not rules.is_setup_name("total example loss")
