"""`expctl plot`: the curve maths (smoothing, downsampling, seeds) and the drawn text."""

from __future__ import annotations

import math
import re

import pytest

from expctl.plot import curves as cv
from tests.conftest import py, run_expctl

# -- the maths ---------------------------------------------------------------------------------


def test_ema_with_weight_zero_is_the_series():
    assert cv.ema_smooth([3.0, 1.0, 2.0], 0.0) == [3.0, 1.0, 2.0]


def test_ema_is_debiased_so_a_constant_stays_constant():
    # Without TensorBoard's debiasing the first smoothed points would start near 0.
    assert cv.ema_smooth([5.0] * 6, 0.9) == pytest.approx([5.0] * 6)


def test_ema_matches_the_recurrence_by_hand():
    w = 0.6
    # last_1 = 0.4*1 = 0.4 -> 0.4/(1-0.6) = 1; last_2 = 0.24 + 0.4*3 = 1.44 -> 1.44/(1-0.36) = 2.25
    assert cv.ema_smooth([1.0, 3.0], w) == pytest.approx([1.0, 2.25])


def test_ema_passes_nan_through_without_poisoning_the_average():
    out = cv.ema_smooth([1.0, math.nan, 1.0], 0.5)
    assert out[0] == 1.0 and math.isnan(out[1]) and out[2] == pytest.approx(1.0)


def test_ema_rejects_a_weight_of_one():
    with pytest.raises(ValueError):
        cv.ema_smooth([1.0], 1.0)


def test_downsampling_keeps_short_series_as_they_are():
    assert cv.downsample_minmax([1, 2, 3], [4, 5, 6], 10) == ([1, 2, 3], [4, 5, 6])


def test_downsampling_keeps_spikes_dips_and_both_ends():
    n = 10_000
    xs = list(range(n))
    ys = [math.sin(i / 300) for i in xs]
    ys[1234], ys[7777] = 50.0, -50.0
    dx, dy = cv.downsample_minmax(xs, ys, 200)
    assert len(dx) <= 200
    assert dx[0] == 0 and dx[-1] == n - 1
    assert 50.0 in dy and -50.0 in dy
    assert dx == sorted(dx)
    assert max(dy) == max(ys) and min(dy) == min(ys)


def test_downsampling_keeps_a_gap_of_nans():
    ys = [1.0] * 100 + [math.nan] * 100 + [2.0] * 100
    _, dy = cv.downsample_minmax(list(range(300)), ys, 30)
    assert any(math.isnan(v) for v in dy)


def test_last_steps_and_x_from_another_metric():
    assert cv.last_steps([1, 2, 3, 4, 5], 2) == 3
    assert cv.last_steps([1, 2], 10) == 0
    assert cv.align_by_step([1, 2, 3], [10, 20, 30], [1, 3], [0.5, 0.7]) == ([0.5, 0.7], [10, 30])


def test_mean_band_is_mean_and_sample_std():
    xs, means, lows, highs, counts = cv.mean_band([([1, 2], [1.0, 2.0]), ([1, 2], [3.0, 2.0])])
    assert xs == [1, 2] and means == [2.0, 2.0] and counts == [2, 2]
    assert lows[0] == pytest.approx(2 - math.sqrt(2)) and highs[1] == 2.0


# -- the command -------------------------------------------------------------------------------


def _record(values, *args: str) -> None:
    lines = "".join(f"step: {i + 1} score: {v}\\n" for i, v in enumerate(values))
    result = run_expctl("run", "-q", *args, "--", *py(f"import sys; sys.stdout.write('{lines}')"))
    assert result.returncode == 0, result.stderr


def _marker_rows(chart: str, marker: str) -> list[tuple[int, int]]:
    """(column, row) of each cell holding `marker` inside the chart's frame."""
    cells = []
    for row, line in enumerate(chart.splitlines()):
        if "│" not in line and "┤" not in line:
            continue
        inner = re.split(r"[│┤]", line, maxsplit=1)[1]
        cells += [(col, row) for col, ch in enumerate(inner) if ch == marker]
    return cells


def test_a_rising_series_rises_left_to_right():
    _record([i * i for i in range(20)])
    out = run_expctl("plot", "last", "-m", "score", "--width", "60", "--height", "14")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    cells = _marker_rows(text, "o")
    assert cells, text
    cols = sorted({c for c, _ in cells})
    # the highest point of each column: lower rows on screen = higher values, monotone
    tops = [min(r for c, r in cells if c == col) for col in cols]
    assert tops == sorted(tops, reverse=True)
    assert tops[0] > tops[-1]
    assert "\x1b[" not in text  # NO_COLOR (set by conftest) and a pipe: no escape codes


def test_two_runs_are_told_apart_without_colour():
    _record(list(range(10)), "-n", "up", "-p", "kind=up")
    _record(list(range(10, 0, -1)), "-n", "down", "-p", "kind=down")
    out = run_expctl("plot", "up", "down", "-m", "score", "--width", "50", "--height", "12")
    text = out.stdout.decode()
    assert "  o  1 up kind=up\n" in text and "  x  2 down kind=down\n" in text
    up, down = _marker_rows(text, "o"), _marker_rows(text, "x")
    assert min(up)[1] > max(up)[1]      # leftmost o is lower than the rightmost one
    assert min(down)[1] < max(down)[1]  # leftmost x is higher


def test_plot_of_a_straight_line_at_a_fixed_size():
    _record([1, 2, 3, 4, 5])
    out = run_expctl("plot", "last", "-m", "score", "--width", "30", "--height", "10")
    assert out.stdout.decode() == (
        "               score\n"
        "    ┌────────────────────────┐\n"
        "5.00┤                       o│\n"
        "4.33┤                 oooooo │\n"
        "3.00┤            ooooo       │\n"
        "2.33┤      oooooo            │\n"
        "1.00┤oooooo                  │\n"
        "    └┬─────┬─────┬────┬─────┬┘\n"
        "     1     2     3    4     5\n"
        "               step\n"
        "  o  1\n"
    )


def test_seed_groups_are_one_curve_with_a_band():
    for seed, shift in ((1, 0.0), (2, 1.0), (3, 2.0)):
        _record([i + shift for i in range(6)], "-p", f"seed={seed}", "-p", "lr=0.1")
    _record([10 - i for i in range(6)], "-p", "seed=1", "-p", "lr=0.2")
    out = run_expctl("plot", "--group-by-seed", "-m", "score", "--width", "50", "--height", "12")
    text = out.stdout.decode()
    assert "lr=0.1 mean ± std of 3 runs (3, 2, 1)  (band .: ± std)" in text
    assert "lr=0.2 1 run (4)" in text


def test_plot_errors_are_one_line_with_a_hint():
    _record([1, 2])
    out = run_expctl("plot", "-m", "nope")
    assert out.returncode == 2
    # (a run that lived past 50 ms, as under load, also has expctl's sys/* samples: listed last)
    assert out.stderr.decode().startswith("Error: no run here has the metric nope\n"
                                          "Hint: their metrics: score, step")
    assert run_expctl("plot", "--smooth", "1.5").returncode == 2
    assert run_expctl("plot", "-o", "x.gif").returncode == 2
    empty = run_expctl("plot", "--where", "params.lr > 5")
    assert empty.returncode == 1 and empty.stderr.startswith(b"Error: no runs match")


def _imported_by(*args: str) -> str:
    """The modules a real `expctl ARGS` imported (python -X importtime, on stderr)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "expctl", *args],
                         capture_output=True, text=True, timeout=60)
    return "\n".join(line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines()
                     if line.startswith("import time:"))


def test_heavy_parts_are_imported_only_by_the_commands_that_draw():
    _record([1, 2, 3])
    listing = _imported_by("list").split("\n")
    assert not [m for m in listing if m.split(".")[0] in ("plotext", "matplotlib")
                or m.startswith(("expctl.plot", "expctl.report"))]
    drawn = _imported_by("plot", "-m", "score", "--width", "40", "--height", "8").split("\n")
    assert "plotext" in drawn and "matplotlib" not in drawn and "expctl.report.html" not in drawn
