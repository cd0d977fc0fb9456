"""A tuner's log lines: the evaluated point's settings parted by ``;`` (SEMICOLON_SETTINGS) and
its measures stepped by the index after a bracketed tag (TAGGED_INDEX), on invented lines in the
shape an R tuner prints them."""

from __future__ import annotations

from tests.metric_reading import read, values

TUNING = ("[Tune-x] 1: cp=0.2; alpha=5\n"
          "[Tune-y] 1: err.test.mean=0.0666667,acc.test.mean=0.9333333; time: 0.0 min\n"
          "[Tune-x] 2: cp=0.4; alpha=5\n"
          "[Tune-y] 2: err.test.mean=0.0533333,acc.test.mean=0.9466667; time: 0.0 min\n"
          "[Tune] Result: cp=0.4; alpha=5 : err.test.mean=0.0533333,acc.test.mean=0.9466667\n")


def test_settings_parted_by_semicolons_are_no_metrics():
    found = read(TUNING)
    assert "cp" not in found and "alpha" not in found


def test_the_measures_after_a_settings_run_are_read():
    assert values(TUNING)["err.test.mean"][-1] == 0.0533333


def test_the_index_after_a_bracketed_tag_is_the_step():
    found = read(TUNING)
    assert found["acc.test.mean"][:2] == [(1.0, 0.9333333), (2.0, 0.9466667)]


def test_results_parted_by_semicolons_are_read():
    assert values("loss=0.3; acc=0.9\n") == {"loss": [0.3], "acc": [0.9]}


def test_a_run_naming_a_result_is_read():
    assert values("[Run] 1: depth=2; loss=0.5\n")["loss"] == [0.5]
