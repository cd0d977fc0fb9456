"""WORKER_SPEED: a speed per second of one worker (``words/sec/thread``) is a display's speed,
left out beside a time pair as DISPLAY_SPEED leaves ``img/s`` out; the results stay."""

from __future__ import annotations

from expctl.metrics import MetricParser
from expctl.metrics.speeds import is_speed_name


def _series(text: str) -> dict[str, list[float]]:
    parser, out = MetricParser(), {}
    parser.parse_text(text, 0.0, out)
    parser.finish(0.0, out)
    return {name: list(series.values) for name, series in out.items()}


def test_a_speed_of_one_worker_is_a_speed():
    assert is_speed_name("words/sec/thread")
    assert is_speed_name("tokens/s/gpu")
    assert not is_speed_name("Req/Sec/Avg")  # a benchmark table's statistic of its speed
    assert not is_speed_name("loss/thread")


def test_a_progress_line_keeps_its_loss_not_its_speed_per_thread():
    text = ("Progress:  40.0% words/sec/thread: 3815687 lr:  0.300000 avg.loss:  0.512345 "
            "ETA:   0h 0m 2s\n"
            "Progress: 100.0% words/sec/thread: 3790012 lr:  0.000000 avg.loss:  0.388785 "
            "ETA:   0h 0m 0s\n")
    series = _series(text)
    assert "words/sec/thread" not in series
    assert series["avg.loss"] == [0.512345, 0.388785]


def test_a_speed_per_thread_on_its_own_is_measured():
    assert _series("words/sec/thread: 3815687\n")["words/sec/thread"] == [3815687.0]
