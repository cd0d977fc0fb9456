"""GLUED_WARNING: a warning written right after a progress bar's frame, with no line end
between (a library's ``warnings.warn`` on the bar's stream), leaves the frame's values read;
a warning line of its own still gives nothing."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values

_FRAME = " 60%|██████   | 12/20 [00:00<00:00, 55.99it/s, best_iter=3, best_pos=[ 4 24], best_score=0.3938]"
_WARNING = ("/venv/lib/python3.11/site-packages/sklearn/kernels.py:445: ConvergenceWarning: The"
            " optimal value found for dimension 0 is close to the lower bound 1e-05.")


def test_the_frame_before_a_glued_warning_is_read():
    got = values(_FRAME + _WARNING + "\n")
    assert got["best_score"] == [0.3938]


def test_the_warning_s_own_numbers_stay_out():
    got = values(_FRAME + _WARNING + " limit=5\n")
    assert "limit" not in got and "bound" not in got


def test_a_warning_alone_gives_nothing():
    assert values("UserWarning: best_score=0.5 is below the threshold\n") == {}
    assert rules.frame_before_warning("UserWarning: loss=0.5 [x]y") == ""


def test_a_bar_frame_followed_by_a_space_is_no_glued_frame():
    assert rules.frame_before_warning(_FRAME + " " + _WARNING) == ""
