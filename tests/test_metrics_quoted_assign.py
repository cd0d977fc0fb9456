"""QUOTED_ASSIGN (`expctl.metrics.formats`): a quoted name joined to its number by ``=`` is an
option echoed as it is read, no metric; a quoted name before a colon is read as ever."""

from __future__ import annotations

from tests.metric_reading import read


def test_options_echoed_with_quoted_keys_are_no_metrics():
    text = ("[config] Solver: reading 'tolerance'=1e-06\n"
            "[config] Solver: reading \"max_depth\" = 12\n"
            "round 1: loss=0.5\nround 2: loss=0.25\n")
    points = read(text)
    assert "tolerance" not in points and "max_depth" not in points
    assert points["loss"] == [(1.0, 0.5), (2.0, 0.25)]


def test_a_mapping_with_quoted_keys_is_still_read():
    points = read("{'val_loss': 0.42, 'val_acc': 0.875}\n")
    assert points["val_loss"] == [(0.0, 0.42)]
    assert points["val_acc"] == [(0.0, 0.875)]
