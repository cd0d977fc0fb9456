"""A row of one value under a labelled frame, flush with the row after it, not with the row
above (SHORT_RUN_EDGES): the first of a run of such rows (a Series printed right under the
frame); invented lines in the shape a confusion-matrix library prints per-class scores."""

from __future__ import annotations

from tests.metric_reading import values

FRAME = ("              alpha      beta     gamma\n"
         "precision       1.0  0.913043  0.950000\n"
         "recall          1.0  0.954545  0.904762\n")
SERIES = ("alpha        1.00\n"
          "beta         0.96\n"
          "gamma        0.93\n"
          "dtype: float64\n")


def test_the_first_row_of_a_run_flush_with_the_next_is_read():
    found = values(FRAME + SERIES)
    assert found["alpha"] == [1.0]
    assert found["beta"] == [0.96]
    assert found["gamma"] == [0.93]
    assert found["recall/beta"] == [0.954545]


def test_a_lone_short_row_flush_with_nothing_is_not_read():
    found = values(FRAME + "alpha        1.00\n\n")
    assert "alpha" not in found
