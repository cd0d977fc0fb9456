"""Labelled lines of fields whose values carry a rate unit or an SI letter glued on
(UNIT_FIELDS), named by sibling labels set in alike over their blocks of detail
(SIBLING_LABELS), on invented lines in the shape a storage benchmark's report prints."""

from __future__ import annotations

from tests.metric_reading import read, values

REPORT = ("job1: (groupid=0, jobs=1): err= 0: pid=4411\n"
          "  read: IOPS=9.12k, BW=35.6MiB/s (37.3MB/s)(4096KiB/115msec)\n"
          "    clat (usec): min=40, max=3100, avg=71.20, stdev=201.50\n"
          "\n"
          "  write: IOPS=3905, BW=15.3MiB/s (16.0MB/s)(1760KiB/115msec); 0 zone resets\n"
          "    clat (nsec): min=2100, max=9900, avg=4410.10, stdev=880.20\n")


def test_each_direction_names_its_rates_and_the_si_letter_is_multiplied_out():
    got = values(REPORT)
    assert got["read/IOPS"] == [9120] and got["write/IOPS"] == [3905]
    assert got["read/BW"] == [35.6, 37.3] and got["write/BW"] == [15.3, 16.0]
    assert not {"IOPS", "BW", "read/io", "read/run"} & set(got)


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 29, 120):
        assert read(REPORT, chunk) == read(REPORT)


def test_adjacent_summary_lines_of_one_shape_are_named_by_their_labels():
    got = values("Run status group 0 (all jobs):\n"
                 "   READ: bw=35.6MiB/s (37.3MB/s), 35.6MiB/s-35.6MiB/s, io=4096KiB, run=115-115msec\n"
                 "  WRITE: bw=15.3MiB/s (16.0MB/s), 15.3MiB/s-15.3MiB/s, io=1760KiB, run=115-115msec\n")
    assert got == {"READ/bw": [35.6, 37.3], "WRITE/bw": [15.3, 16.0]}


def test_a_labelled_line_alone_keeps_its_bare_keys():
    assert values("  read: IOPS=9.12k, BW=35.6MiB/s\n") == {"IOPS": [9120], "BW": [35.6]}
