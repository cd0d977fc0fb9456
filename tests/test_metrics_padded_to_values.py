"""PADDED_TO_VALUES: the longest label of an aligned series padded to the values' column by one
space only (a key-value listing, Miller's ``--oxtab``), on invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_the_longest_label_one_space_from_its_value_is_a_line_of_the_run():
    text = ("latency_p50 12.5\n"  # the opening line has no wider label above it
            "\n"
            "throughput_mean   435.25\n"
            "throughput_stddev 520.125\n"
            "throughput_min    48.61\n"
            "throughput_max    1812.26\n")
    assert values(text) == {"throughput_mean": [435.25], "throughput_stddev": [520.125],
                            "throughput_min": [48.61], "throughput_max": [1812.26]}


def test_the_longest_label_past_the_third_line_is_read_too():
    text = ("reward_mean     0.5\n"
            "reward_min      0.25\n"
            "reward_max      0.75\n"
            "reward_variance 0.0625\n"
            "reward_last     0.5\n")
    assert values(text)["reward_variance"] == [0.0625]


def test_a_value_out_of_the_column_is_no_line_of_the_run():
    text = ("throughput_mean   435.25\n"
            "throughput_stddev  520.125 9\n"
            "throughput_min    48.61\n"
            "throughput_max    1812.26\n")
    assert "throughput_stddev" not in values(text)


def test_one_space_is_no_gap_without_the_run():
    assert values("throughput_stddev 520.125\n") == {}
