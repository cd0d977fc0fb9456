"""Pairs written ``name: value`` in an aside closing a line are a report's findings, not a
title's settings (COLON_ASIDE), and a config word with a number after its colon is a pair, not a
config label (VALUED_LABEL). Rules of an association miner, written with items of our own."""

from __future__ import annotations

from tests.test_metrics_tables import read

RULES = ("{pen, ink} -> {paper} (conf: 0.812, supp: 0.120, lift: 2.950, conv: 4.100)\n"
         "{paper} -> {ink} (conf: 0.640, supp: 0.095, lift: 1.875, conv: 1.730)\n")


def test_colon_pairs_in_a_closing_aside_are_read_as_metrics():
    assert read(RULES) == {
        "conf": [(0.0, 0.812), (1.0, 0.64)],
        "supp": [(0.0, 0.12), (1.0, 0.095)],
        "lift": [(0.0, 2.95), (1.0, 1.875)],
        "conv": [(0.0, 4.1), (1.0, 1.73)]}


def test_keyword_settings_in_a_title_aside_stay_settings():
    assert read("== annealing on sphere-4 (popsize=40, sigma=2.0)\n") == {}


def test_a_config_word_with_a_number_is_a_pair_not_a_label():
    assert read("conf: 0.935, width: 0.145\n") == {"conf": [(0.0, 0.935)], "width": [(0.0, 0.145)]}


def test_a_config_word_before_settings_still_labels_them():
    assert read("conf: lr=0.1 momentum=0.9\n") == {}
