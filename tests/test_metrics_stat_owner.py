"""Lines of statistics (``min=``, ``max=``, ``avg=``, ``stdev=``) named by the quantity their
label gives and the line they are set under (STAT_OWNER), on invented lines in the shape a
storage benchmark's report prints."""

from __future__ import annotations

from tests.metric_reading import read, values

REPORT = ("job1: (groupid=0, jobs=1): err= 0: pid=4411\n"
          "  read: IOPS=9120, BW=35.6MiB/s\n"
          "    clat (usec): min=40, max=3100, avg=71.20, stdev=201.50\n"
          "     lat (usec): min=41, max=3102, avg=71.90, stdev=201.70\n"
          "  write: IOPS=3905, BW=15.3MiB/s\n"
          "    clat (nsec): min=2100, max=9900, avg=4410.10, stdev=880.20\n"
          "     lat (nsec): min=2200, max=9950, avg=4500.30, stdev=881.00\n")


def test_each_statistic_is_named_by_its_label_and_the_block_it_is_set_under():
    got = values(REPORT)
    assert got["read/clat/min"] == [40] and got["read/clat/stdev"] == [201.5]
    assert got["read/lat/avg"] == [71.9] and got["write/clat/max"] == [9900]
    assert got["write/lat/avg"] == [4500.3]
    assert not {"min", "max", "avg", "stdev", "clat/min", "lat/min"} & set(got)


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 13, 70):
        assert read(REPORT, chunk) == read(REPORT)


def test_a_line_flush_left_is_named_by_its_label_alone():
    assert values("latency (ms): min=1.5, max=9.25, avg=3.75\n") == {
        "latency/min": [1.5], "latency/max": [9.25], "latency/avg": [3.75]}


def test_statistics_of_named_quantities_and_other_pairs_are_left_alone():
    assert set(values("Aggregated Result: mmce.test.mean=0.0533,acc.test.mean=0.9467\n")) == {
        "mmce.test.mean", "acc.test.mean"}
    assert values("  totals: min=3.5, loss=0.25\n") == {"min": [3.5], "loss": [0.25]}



def test_under_a_heading_alone_the_label_alone_names_the_statistics():
    assert values("posterior:\n  x0: mean=0.99, std=1.00\n") == {"x0/mean": [0.99], "x0/std": [1.0]}
