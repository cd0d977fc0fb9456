"""A value's unit spelt as a rate (RATE_PHRASE: ``7.999064 bits per byte.``) closing a line is
its unit, no prose after it: the pair stands."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_pair_closed_by_a_rate_phrase_stands():
    assert read("Entropy = 7.999064 bits per byte.\n") == {"Entropy": [(0.0, 7.999064)]}
    assert read("throughput: 412.5 samples per second\n") == {"throughput": [(0.0, 412.5)]}


def test_words_after_the_rate_phrase_make_it_prose():
    assert read("Entropy = 7.999064 bits per byte of the input file\n") == {}


def test_a_rate_phrase_needs_its_per():
    assert read("Entropy = 7.999064 bits for byte.\n") == {}
