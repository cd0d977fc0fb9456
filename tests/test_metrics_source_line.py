"""A memory profiler's lines, one per line of code, the location first and pairs after it
(SOURCE_LINE), on invented lines in the shape ``tracemalloc``'s statistics print."""

from __future__ import annotations

from tests.metric_reading import read, values

SNAPSHOTS = ("[ Top 3 ]\n"
             "train.py:41: size=2310 KiB, count=40122, average=59 B\n"
             "train.py:17: size=512 KiB, count=3, average=171 KiB\n"
             "lib/data.py:8: size=880 B, count=4, average=220 B\n"
             "\n"
             "[ Top 3 ]\n"
             "train.py:17: size=1024 KiB, count=5, average=205 KiB\n"
             "train.py:41: size=96.5 KiB, count=1650, average=60 B\n")


def test_each_place_names_its_figures_and_a_second_snapshot_continues_them():
    got = values(SNAPSHOTS)
    assert got["train.py:41/size"] == [2310, 96.5]
    assert got["train.py:17/average"] == [171, 205]
    assert got["lib/data.py:8/size"] == [880]
    assert not [name for name in got if name.endswith("/count") or "/" not in name]


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 11, 64):
        assert read(SNAPSHOTS, chunk) == read(SNAPSHOTS)


def test_a_location_before_prose_or_a_lone_pair_is_no_such_line():
    assert values("work.c:12: warning: unused variable, size=3 bytes\n") == {}
    assert "work.py:3/size" not in values("work.py:3: size=12 KiB\n")
