"""BAR_GLUED_RECORD: a log record written on a progress bar's row takes its step from itself."""

from __future__ import annotations

from expctl.metrics.prefixes import read_step_prefix
from tests.metric_reading import read


def _bar(n: int, total: int) -> str:
    return f" {100 * n // total}%|{'#' * n}{' ' * (total - n)}| {n}/{total} [00:0{n}<00:01,  2.5it/s]"


def test_bracketed_date_record_after_a_bar_keeps_its_own_step():
    lines = [f"{_bar(n - 1, 4)}[2031-05-06 10:00:0{n},120][tuner][INFO] Round {n}, score: {n / 10}\n"
             for n in range(1, 4)]
    assert read("".join(lines))["score"] == [(1.0, 0.1), (2.0, 0.2), (3.0, 0.3)]


def test_bare_date_record_after_a_bar():
    line = f"{_bar(2, 5)}2031-05-06 10:00:03 round 7: gap = 0.25"
    prefix = read_step_prefix(line)
    assert prefix is not None and prefix.value == "7"


def test_a_bar_with_no_record_after_it_is_left_alone():
    line = f"{_bar(2, 5)}[done] epoch 9: loss = 0.1"
    prefix = read_step_prefix(line)
    assert prefix is None or prefix.value != "9"
