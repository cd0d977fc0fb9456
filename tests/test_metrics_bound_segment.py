"""BOUND_SEGMENT: a bound word as a whole path segment between a thing and its quantity
(``pool/max/latency``) names the largest value measured, no setting; a bound word first or
joined to its noun (``max_depth``) is still a setting."""

from __future__ import annotations

import pytest

from expctl.metrics import rules


@pytest.mark.parametrize(("name", "setup"), [
    ("pool/max/latency", False),
    ("worker_3/min/queue_wait", False),
    ("max_depth", True),
    ("max/depth", True),
    ("trees/max_depth", True),
])
def test_a_bound_segment_inside_a_path_is_measured(name, setup):
    assert rules.is_setup_name(name) is setup
