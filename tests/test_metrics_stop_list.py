"""A line of one-pair sentences (STOP_LIST: ``Round: 3. Loss: 0.41.``): each full stop closes
its pair, no part of the number; a whole number before one is printed without a point."""

from __future__ import annotations

from tests.metric_reading import read

LOG = ("Round: 1. Train loss: 0.912. Hit ratio: 12.5.\n"
       "Round: 2. Train loss: 0.733. Hit ratio: 14.25.\n")


def test_the_last_pair_before_the_closing_full_stop_is_read():
    assert read(LOG)["Hit ratio"] == [(1.0, 12.5), (2.0, 14.25)]


def test_pairs_inside_the_line_keep_their_values():
    assert read(LOG)["Train loss"] == [(1.0, 0.912), (2.0, 0.733)]


def test_a_whole_number_closed_by_a_stop_is_a_count_when_its_name_says_so():
    points = read("Pass: 4. Restarts: 2. Energy: -10.25.\nPass: 5. Restarts: 3. Energy: -11.5.\n")
    assert "Restarts" not in points
    assert points["Energy"] == [(0.0, -10.25), (1.0, -11.5)]


def test_a_lone_pair_closed_by_a_full_stop_stays_refused():
    assert "version" not in read("Loaded. version: 2.\n")
