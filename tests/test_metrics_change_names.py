"""Names of how far something moved (MEASURED_CHANGE: ``relative_params_change``), of the span a
value was measured over (STATED_SPAN: ``five_steps``), and a noun of a noun in a sentence saying a
value improved (OF_NAME: ``The value of criterion improved from 1.3 to 0.08.``)."""

from __future__ import annotations

from expctl.metrics import rules
from tests.test_metrics_tables import read


def test_a_change_of_a_setting_is_measured():
    assert not rules.is_setup_name("relative_params_change")
    assert not rules.is_setup_name("batch size change")
    assert rules.is_setup_name("max_params_change")  # a bound on it, set
    assert rules.is_setup_name("num_params")


def test_an_amount_spelled_before_a_counted_noun_is_a_span():
    assert not rules.is_setup_name("five_steps")
    assert not rules.is_setup_name("10 epochs")
    assert rules.is_setup_name("steps")
    assert rules.is_setup_name("num_steps")
    assert rules.is_setup_name("total five steps")  # a count word: the count of them


def test_a_table_of_changes_over_spans_is_read_whole():
    found = read("                       one_step   five_steps\n"
                 "relative_params_change  1.696e-05     0.7182\n"
                 "absolute_params_change  1.245e-05     0.5859\n\n")
    assert found == {"relative_params_change/one_step": [(0.0, 1.696e-05)],
                     "relative_params_change/five_steps": [(0.0, 0.7182)],
                     "absolute_params_change/one_step": [(0.0, 1.245e-05)],
                     "absolute_params_change/five_steps": [(0.0, 0.5859)]}


def test_a_value_of_a_thing_improved_gives_its_new_value():
    assert read("The value of criterion improved from 1.287 to 0.0848.\n") == {
        "value of criterion": [(0.0, 0.0848)]}


def test_of_alone_at_a_name_end_stays_prose():
    assert read("The rest of improved from 1.287 to 0.0848.\n") == {}
