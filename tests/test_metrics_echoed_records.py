"""ECHOED_RECORD (`expctl.metrics.echoed_records`): a dict printed alone right after a line that
held it inside a repr is that payload again, no metric; a record after a record is read."""

from __future__ import annotations

from expctl.metrics.echoed_records import echoed_record
from tests.metric_reading import read

SEARCH = ("Updating fitness with value 0.3138\n"
          "Current pessimistic best is: MultiValue<mean: 0.3138, count: 1, parameter: "
          "Instrumentation(Dict(lr=Log{exp=3.80})):((), {'lr': 1.2877941605559862, 'decay': 0.64})>\n"
          "{'lr': 1.2877941605559862, 'decay': 0.64}\n"
          "Best validation loss: 0.313839\n")


def test_a_dict_printed_again_after_the_repr_holding_it_gives_nothing():
    points = read(SEARCH)
    assert "lr" not in points and "decay" not in points
    assert points["Best validation loss"] == [(0.0, 0.313839)]


def test_records_after_records_or_after_other_text_are_read():
    assert read("{'loss': 0.5, 'acc': 0.9}\n{'loss': 0.5, 'acc': 0.9}\n") == {
        "loss": [(0.0, 0.5), (1.0, 0.5)], "acc": [(0.0, 0.9), (1.0, 0.9)]}
    assert read("epoch 1 done\n{'loss': 0.5}\n") == {"loss": [(0.0, 0.5)]}


def test_every_pair_must_be_spelt_above():
    above = ["best: <{'lr': 0.1, 'decay': 0.5}>"]
    assert echoed_record([("lr", 0.1), ("decay", 0.5)], above)
    assert not echoed_record([("lr", 0.1), ("decay", 0.6)], above)
    assert not echoed_record([("lr", 0.1)], ["{'lr': 0.1}"])  # the line above is a record
    assert not echoed_record([], above)
