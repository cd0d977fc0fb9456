"""Figures named with no colon, one a line, beside a summary's pair (SPACED_RUN), one printed as
a NumPy array of one (ONE_ELEMENT_ARRAY), under a framed title (FRAMED_HEADING): invented lines
in the shape an explainer prints for each case it explains."""

from __future__ import annotations

from tests.metric_reading import read, values

CASE = ("== case 12 ==\n"
        "Offset 0.4418203367751\n"
        "Local_estimate [0.27194051]\n"
        "Observed: 0.5\n")


def test_two_figures_beside_a_pair_under_a_framed_title_are_pairs():
    assert values(CASE) == {"Offset": [0.4418203367751], "Local_estimate": [0.27194051],
                            "Observed": [0.5]}


def test_a_figure_chained_to_no_pair_stays_unread():
    assert values("== case 12 ==\nOffset 0.4418203367751\nLocal_estimate [0.27194051]\n") == {}


def test_figures_in_one_column_are_a_listing_not_a_run():
    listing = "== weights ==\nalpha   0.847498\nbeta    0.788230\nObserved: 0.5\n"
    assert values(listing) == {"Observed": [0.5]}


def test_an_array_of_two_is_no_figure():
    assert values("Offset 0.441820\nLocal_estimate [0.27194051 0.1]\nObserved: 0.5\n") == {
        "Observed": [0.5]}


def test_a_title_framed_by_marks_leaves_a_line_set_in_beneath_it_alone():
    assert read("== case 12 ==\n   Offset 0.4418203367751\nObserved: 0.5\n") == {
        "Observed": [(0.0, 0.5)]}
