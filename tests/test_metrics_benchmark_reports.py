"""Benchmark and load-test reports on invented lines: INTERVAL_FIELDS (intervals), STAT_ROWS
(stat_rows), SIZED_COLUMNS (sized_columns), PROGRESS_FIELDS (progress_fields), PERCENTILE_ROWS under a sentence (percentiles),
STATISTIC_TIME's spreads (units), LISTED_AMOUNTS and STAT_OF_RUNS (repeats), TAB_PAIR (fields), a
port in NOT_METRIC_WORDS (vocabulary), ENDS_IN_INTERVAL (grammar), and
the look-alikes they must leave alone (``ps``, ``df -h``, ``ls -l``, ``free -m``, ``top``,
pip's list, git's log)."""

from __future__ import annotations

import pytest

from expctl.metrics import grammar
from tests.metric_reading import read, values

LOOK_ALIKES = {
    "ps": "  PID TTY          TIME CMD\n 4242 pts/0    00:00:00 bash\n 4300 pts/0    00:00:01 python\n",
    "df -h": ("Filesystem      Size  Used Avail Use% Mounted on\n"
              "/dev/vda        252G   87G   15G  86% /\n"
              "tmpfs           7.8G     0  7.8G   0% /dev/shm\n"),
    "ls -l": ("total 12\n-rw-r--r-- 1 ann ann 2048 Dec  5 23:30 bench.py\n"
              "drwxr-xr-x 2 ann ann 4096 Dec  5 23:31 data\n"),
    "free -m": ("               total        used        free      shared  buff/cache   available\n"
                "Mem:           15953        6650        1122         622        8181        8939\n"
                "Swap:           2047           0        2047\n"),
    "top": ("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
            "   1234 ann       20   0 4321096 512340  81234 S   6.2   3.1   1:23.45 python\n"),
    "pip": "Package    Version\n---------- -------\nnumpy      2.4.6\npip        24.0\n",
    "git": ("commit 92615c0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e\nAuthor: Ann <ann@example.org>\n\n"
            "    metrics: a fix [1 of 3]\n\n 3 files changed, 120 insertions(+), 4 deletions(-)\n"),
}


@pytest.mark.parametrize("tool", sorted(LOOK_ALIKES))
def test_look_alikes_give_nothing(tool):
    assert values(LOOK_ALIKES[tool]) == {}


# -- INTERVAL_FIELDS -------------------------------------------------------------------------------

def test_an_interval_field_gives_its_three_values_under_the_line_label():
    text = ("Benchmarking parse small: Analyzing\n"
            "parse small             time:   [12.10 ms 12.50 ms 12.95 ms]\n")
    assert values(text) == {"parse small/time": [12.1, 12.5, 12.95]}


def test_fields_set_in_belong_to_the_labelled_line_and_a_lone_name_heads_deeper_ones():
    text = ("encode/64               time:   [1.2 µs 1.3 µs 1.4 µs]\n"
            "                        thrpt:  [45.1 MiB/s 47.0 MiB/s 49.2 MiB/s]\n"
            "                 change:\n"
            "                        time:   [-4.1% -2.0% +0.3%] (p = 0.07 > 0.05)\n"
            "                        thrpt:  [-0.3% +2.0% +4.3%]\n"
            "                        No change in performance detected.\n")
    assert values(text) == {
        "encode/64/time": [1.2, 1.3, 1.4], "encode/64/thrpt": [45.1, 47.0, 49.2],
        "encode/64/change/time": [-4.1, -2.0, 0.3], "encode/64/change/time/p": [0.07],
        "encode/64/change/thrpt": [-0.3, 2.0, 4.3]}


def test_a_field_set_in_under_a_line_of_prose_has_no_label():
    text = "Results of the run\n        time:   [1 ms 2 ms 3 ms]\n"
    assert values(text) == {"time": [1.0, 2.0, 3.0]}


def test_bare_numbers_in_brackets_or_two_amounts_are_no_interval():
    assert values("weights:   [0.1 0.2 0.3]\n") == {}
    assert values("window:   [3 ms 9 ms]\n") == {}


def test_the_candidate_rule_takes_an_amount_closing_a_bracket():
    accepted = ["time:   [1.2 µs 1.3 µs 1.4 µs]", "x: [-4.1% -2.0% +0.3%]",
                "thrpt:  [45.1 MiB/s 47.0 MiB/s 49.2 MiB/s]", "t: [1ms 2ms 3ms]"]
    refused = ["[INFO] started [worker]", "see [docs]", "tags: [a b c]", "v: [1 2 ms/epochs]"]
    assert all(grammar.may_hold_metrics(line) for line in accepted)
    assert not any(grammar.may_hold_metrics(line) for line in refused)


# -- STAT_ROWS -------------------------------------------------------------------------------------

def test_rows_under_a_header_of_statistics_are_named_label_column():
    text = ("Connection Times (ms)\n"
            "              min  mean[+/-sd] median   max\n"
            "Connect:        0    1   0.5      0       3\n"
            "Total:         13   24   6.1     25      39\n")
    assert values(text) == {
        "Connect/min": [0.0], "Connect/mean": [1.0], "Connect/+/-sd": [0.5],
        "Connect/median": [0.0], "Connect/max": [3.0], "Total/min": [13.0], "Total/mean": [24.0],
        "Total/+/-sd": [6.1], "Total/median": [25.0], "Total/max": [39.0]}


def test_rows_under_a_header_of_amounts_or_of_another_width_are_not_stat_rows():
    wider = "              min  mean  max\nQueue:      1  2  3  4\n"
    assert values(wider) == {}
    assert values(LOOK_ALIKES["free -m"]) == {}


# -- PERCENTILE_ROWS under a sentence --------------------------------------------------------------

def test_percentiles_under_a_sentence_are_named_by_the_percentile_alone():
    text = ("Share of the calls answered within a given time (ms)\n"
            "  50%     25\n"
            "  90%     31\n"
            "  99%     39\n")
    assert values(text) == {"50%": [25.0], "90%": [31.0], "99%": [39.0]}


def test_a_sentence_with_a_number_heads_no_percentiles():
    text = ("Fetched 3 parts of the archive from the mirror\n"
            "  50%     12\n"
            "  90%     20\n")
    assert values(text) == {}


# -- PROGRESS_FIELDS, STATISTIC_TIME's spreads ----------------------------------------------------

def test_a_progress_report_gives_each_field_at_the_elapsed_time():
    text = ("progress: 1.0 s, 980.5 qps, lat 2.041 ms stddev 0.310, 0 failed\n"
            "progress: 2.0 s, 1011.0 qps, lat 1.978 ms stddev 0.295, 1 failed\n")
    assert read(text) == {"qps": [(1.0, 980.5), (2.0, 1011.0)], "lat": [(1.0, 2.041), (2.0, 1.978)],
                          "stddev": [(1.0, 0.31), (2.0, 0.295)], "failed": [(1.0, 0.0), (2.0, 1.0)]}


def test_prose_parted_by_commas_after_a_time_is_no_progress_report():
    assert values("Status: 3 s, downloading 12 files, please wait\n") == {}
    assert values("note: 5 s, then retry\n") == {}


def test_a_standard_deviation_with_a_time_unit_stands_as_the_mean_does():
    text = "latency average = 6.972 ms\nlatency stddev = 6.316 ms\n"
    assert values(text) == {"latency average": [6.972], "latency stddev": [6.316]}


# -- LISTED_AMOUNTS, STAT_OF_RUNS ------------------------------------------------------------------

def test_a_list_of_amounts_in_one_unit_gives_the_label_values_in_order():
    assert values("raw times: 41.2 msec, 39.8 msec, 40.5 msec\n") == {"raw times": [41.2, 39.8, 40.5]}


def test_amounts_in_different_units_or_with_words_are_prose():
    assert values("sizes: 12 MB, 3 GB, 7 KB\n") == {}
    assert values("took: 3 sec, then 4 sec\n") == {}


def test_a_statistic_of_runs_is_named_with_its_count_and_the_loop_count_dropped():
    text = "5000 loops, best of 7: 61.3 usec per loop\nmedian of 9: 0.82 msec per call\n"
    assert values(text) == {"best of 7": [61.3], "median of 9": [0.82]}


def test_a_count_of_things_in_a_sentence_is_no_statistic_of_runs():
    assert values("3 files, most of 4: 12 kB per file\n") == {}


# -- TAB_PAIR, a port ------------------------------------------------------------------------------

def test_a_name_a_tab_and_a_number_is_a_pair():
    assert values("P@5\t0.412\nR@5\t0.733\nP@5\t0.420\n") == {"P@5": [0.412, 0.42], "R@5": [0.733]}


def test_tab_records_of_a_number_first_or_of_several_fields_are_no_pair():
    assert values("4.0K\tsrc\n12K\tdocs\n") == {}
    assert values("3\t1\tREADME.md\n") == {}


def test_a_server_port_is_no_metric():
    assert values("Server Hostname:        127.0.0.1\nServer Port:            8080\n") == {}


# -- SIZED_COLUMNS ---------------------------------------------------------------------------------

def test_rows_under_a_header_of_sizes_are_named_row_size_units_dropped():
    text = ("The figures are in 1000s of bytes per second processed.\n"
            "type             16 bytes     64 bytes    256 bytes\n"
            "md5             98034.52k   265443.01k   520110.93k\n"
            "chacha20       410221.70k   812304.44k  1650033.12k\n")
    assert values(text) == {
        "md5/16 bytes": [98034.52], "md5/64 bytes": [265443.01], "md5/256 bytes": [520110.93],
        "chacha20/16 bytes": [410221.7], "chacha20/64 bytes": [812304.44],
        "chacha20/256 bytes": [1650033.12]}


def test_rows_under_a_header_of_words_or_of_another_width_are_not_sized():
    assert values("type        16 bytes    64 bytes\nmd5    1.5k    2.5k    3.5k\n") == {}
    assert values(LOOK_ALIKES["df -h"]) == {}
    counts = "        1 comps  2 comps  3 comps\nX         46.83    71.2    80.1\n"
    assert not any("/1 comps" in name for name in values(counts))  # counts of components, no sizes
