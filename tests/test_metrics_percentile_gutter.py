"""Percentiles by ordinal in a gutter under their heading (PERCENTILE_GUTTER), on invented
lines in the shape a storage benchmark's report prints them."""

from __future__ import annotations

from tests.metric_reading import read, values

REPORT = ("  read: IOPS=9120, BW=35.6MiB/s\n"
          "    clat (usec): min=40, max=3100, avg=71.20, stdev=201.50\n"
          "    clat percentiles (usec):\n"
          "     |  50th=[   58],  90th=[   70],  99th=[  155]\n"
          "     | 99.90th=[ 3097]\n"
          "  write: IOPS=3905, BW=15.3MiB/s\n"
          "    clat percentiles (nsec):\n"
          "     |  50th=[ 3504],  90th=[ 5408],  99th=[ 9792]\n")


def test_each_ordinal_is_named_by_its_heading_and_block():
    got = values(REPORT)
    assert got["read/clat percentiles/50th"] == [58]
    assert got["read/clat percentiles/99.90th"] == [3097]
    assert got["write/clat percentiles/99th"] == [9792]
    assert got["read/clat/avg"] == [71.2]


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 23, 100):
        assert read(REPORT, chunk) == read(REPORT)


def test_ordinals_under_no_heading_give_nothing():
    assert values("Results\n     |  50th=[   58],  90th=[   70]\n") == {}
