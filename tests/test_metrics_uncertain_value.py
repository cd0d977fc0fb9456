"""UNCERTAIN_VALUE: a number printed with its error after the words naming it is a pair."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_value_with_its_error_after_a_label_is_named_by_its_words():
    text = ("Simulating 4 replications per staffing level\n"
            "== 1 nurses: mean queue 12.5031 ± 1.2203 min over 4 replications\n"
            "== 2 nurses: mean queue 2.1100 ± 0.4410 min over 4 replications\n")
    assert values(text)["mean queue"] == [12.5031, 2.11]


def test_a_value_with_its_error_after_a_comma_joins_the_line_s_pairs():
    got = values("Nested sampling done\nexact log Z = -3.5120, estimated -3.6012 +/- 0.1100\n")
    assert got["exact log Z"] == [-3.512]
    assert got["estimated"] == [-3.6012]


def test_the_error_is_no_metric_and_a_lone_count_stays_prose():
    got = values("Run finished\nbest model: validation accuracy 0.912 ± 0.004\ntrained 3 models\n")
    assert got["validation accuracy"] == [0.912]
    assert [0.004] not in got.values()
    assert "trained" not in got
