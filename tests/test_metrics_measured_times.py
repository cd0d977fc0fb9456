"""A total time in a block that reports measured durations (MEASURED_TIMES), on invented lines
in the shape a load-testing tool prints its summary."""

from __future__ import annotations

from tests.metric_reading import read, values

SUMMARY = ("Completed requests:  250\n"
           "Total errors:        0\n"
           "Total time:          0.52 s\n"
           "Mean latency:        6.1 ms\n"
           "Effective rps:       481\n")


def test_a_total_time_beside_a_latency_is_a_result():
    found = values(SUMMARY)
    assert found["Total time"] == [0.52]
    assert found["Mean latency"] == [6.1]


def test_a_total_time_beside_counts_only_is_bookkeeping():
    text = "Completed requests:  250\nTotal errors:        0\nTotal time:          0.52 s\n"
    assert "Total time" not in read(text)


def test_a_latency_past_a_blank_line_is_another_block():
    text = ("accuracy: 0.91\nTotal time: 0.52 s\n\nMean latency: 6.1 ms\n")
    assert "Total time" not in read(text)


def test_a_timer_setting_is_no_measured_time():
    text = "accuracy: 0.91\nTotal time: 0.52 s\nTimer interval: 5 ms\n"
    assert "Total time" not in read(text)
