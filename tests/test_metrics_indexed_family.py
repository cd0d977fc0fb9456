"""INDEXED_FAMILY: members of an indexed family listed together keep bare names."""

from __future__ import annotations

from tests.metric_reading import read


def test_the_words_opening_the_list_name_no_member():
    got = read("optimal cost: 1.420415, final state x1 = -0.000018, x2 = 0.000022\n")
    assert got["x1"] == [(0.0, -1.8e-05)]
    assert got["x2"] == [(0.0, 2.2e-05)]
    assert "final state x1" not in got


def test_a_name_of_words_before_another_name_keeps_its_words():
    got = read("epoch 3, val loss = 0.25, acc = 0.75\n")
    assert got["val loss"] == [(3.0, 0.25)]


def test_members_of_two_families_keep_their_words():
    got = read("result: 1.5, final state x1 = 0.5, y2 = 0.25\n")
    assert "final state x1" in got


def test_the_chosen_settings_listed_after_best_are_bare_symbols():
    got = read("best c=2.0, g=0.125, cross-validation accuracy 98.1221%\n")
    assert got["c"] == [(0.0, 2.0)] and got["g"] == [(0.0, 0.125)]


def test_a_phase_word_before_the_symbols_stays():
    got = read("test R2 = 0.5, F1 = 0.25\n")
    assert got["test R2"] == [(0.0, 0.5)]
