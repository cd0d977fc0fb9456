"""UNIT_ASIDE and BARE_FIELD: among ``name: value`` pairs, a name may close with its unit or
qualifier in parentheses (``lat (ms,99%): 0.26``), and a field that lost its colon (``err/s
0.00``) between two pairs is a pair too; a rank or prose word before a number is no field."""

from __future__ import annotations

from tests.metric_reading import read

_SYSBENCH = ("[ 1s ] thds: 1 tps: 4617.73 qps: 0.00 (r/w/o: 0.00/0.00/0.00) lat (ms,99%): 0.26"
             " err/s 0.00 reconn/s: 0.00\n"
             "[ 2s ] thds: 1 tps: 4634.40 qps: 0.00 (r/w/o: 0.00/0.00/0.00) lat (ms,99%): 0.27"
             " err/s 0.00 reconn/s: 0.00\n")


def test_a_qualified_name_and_a_bare_field_among_pairs_are_read():
    got = read(_SYSBENCH)
    assert got["lat (ms,99%)"] == [(1.0, 0.26), (2.0, 0.27)]
    assert got["err/s"] == [(1.0, 0.0), (2.0, 0.0)]
    assert got["tps"] == [(1.0, 4617.73), (2.0, 4634.4)]


def test_a_qualified_name_keeps_the_pair_before_it():
    got = read("tps: 4617.73 lat (ms): 0.26\n")
    assert got["tps"] == [(0.0, 4617.73)] and got["lat (ms)"] == [(0.0, 0.26)]


def test_a_rank_before_a_count_stays_in_the_next_name():
    got = read("acc: 0.9 top 5 err: 0.1 lr: 0.1\n")
    assert "top" not in got and got["top 5 err"] == [(0.0, 0.1)]


def test_a_bare_field_needs_pairs_spelt_with_a_colon_around_it():
    got = read("loss=0.5 skipped 3 acc=0.9\n")
    assert "skipped" not in got
