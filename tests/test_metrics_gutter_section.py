"""GUTTER_SECTION: ``| key: value`` lines under an angle-bracketed title naming settings are
config, on invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params

_SUMMARY = ("step: 1 loss: 0.9\n"
            "step: 2 loss: 0.7\n"
            "<Initial Parameters>\n"
            "| n_comp: 6 (the number of components)\n"
            "| gamma: 0.25 (prior weight of each component)\n"
            "| tol: 0.001 (stopping tolerance)\n"
            "|\n")


def test_settings_under_an_angled_title_are_params():
    got, params = read_with_params(_SUMMARY)
    assert "gamma" not in got and ("gamma", "0.25") in params
    assert got["loss"] == [(1.0, 0.9), (2.0, 0.7)]


def test_an_angled_title_of_no_settings_leaves_the_lines_read():
    got, _ = read_with_params(_SUMMARY.replace("<Initial Parameters>", "<Fit Results>"))
    assert got["gamma"] == [(0.0, 0.25)]


def test_a_gutter_line_is_read_as_the_line_past_it():
    got, _ = read_with_params("<Training Info>\n| Log-likelihood per token: -4.25\n|\n")
    assert got == {"Log-likelihood per token": [(0.0, -4.25)]}
