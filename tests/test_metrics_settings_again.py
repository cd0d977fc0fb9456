"""SETTINGS_AGAIN: of held key: value lines before training, keys that come again are metrics
only when most of the held keys do; a few among settings were settings too."""

from __future__ import annotations

from tests.metric_reading import read_with_params

TABLE = ("\n"
         "   Gen:        Fevals:          Best:         sigma:\n"
         "      1              0         1283.5            0.5\n"
         "      6            100         2299.4        0.29278\n")


def test_a_start_value_among_settings_is_a_setting():
    text = "cc: 0.456046 - cs: 0.49808 - c1: 0.043832 - sigma: 0.5 - damps: 1.49808\n" + TABLE
    points, params = read_with_params(text)
    assert dict(params)["sigma"] == "0.5"
    assert points["sigma"] == [(1.0, 0.5), (6.0, 0.29278)]


def test_held_keys_that_mostly_come_again_are_metrics():
    text = "Best: 1400.5 - sigma: 0.75\n" + TABLE
    points, params = read_with_params(text)
    assert "sigma" not in dict(params)
    assert (0.0, 0.75) in points["sigma"]
