"""EXTREME_OF (`expctl.metrics.pair_names`): max/min right before an identifier stays in the
pair's name, as a statistic word does."""

from __future__ import annotations

from tests.metric_reading import read


def test_the_extreme_of_an_identifier_keeps_its_word():
    text = ("sweep 1: max bond_err = 1.5e-09, min site_loss = 0.25\n"
            "sweep 2: max bond_err = 2.5e-10, min site_loss = 0.125\n")
    points = read(text)
    assert [v for _, v in points["max bond_err"]] == [1.5e-09, 2.5e-10]
    assert [v for _, v in points["min site_loss"]] == [0.25, 0.125]
    assert "bond_err" not in points


def test_other_words_before_an_identifier_still_drop():
    points = read("Best val_acc: 0.91\nBest val_acc: 0.93\n")
    assert [v for _, v in points["val_acc"]] == [0.91, 0.93]


def test_a_bound_that_measures_nothing_stays_a_setting():
    points = read("Using max num_leaves = 31 with lr = 0.05\n")
    assert "num_leaves" not in points and "max num_leaves" not in points
