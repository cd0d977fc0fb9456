"""A heap profiler's table of object kinds (HEAP_TABLE): each kind's size is memory measured,
barred (Pympler's summary) or with the kind last (guppy3's partition, whose title states the
heap's total: HEAP_TOTAL); a table of counts and sizes of no kinds of object is not one."""

from __future__ import annotations

from expctl.metrics.heap_tables import heap_sizes, heap_total
from tests.test_metrics_tables import read

PYMPLER = ("  types |   # objects |   total size\n"
           "======= | =========== | ============\n"
           "    str |       15002 |    864.39 KB\n"
           "   dict |           0 |    624     B\n"
           "\n")

GUPPY = ("Partition of a set of 72326 objects. Total size = 3796952 bytes.\n"
         " Index  Count   %     Size   % Cumulative  % Kind (class / dict of class)\n"
         "     0   4000   6  2123960  56   2123960  56 dict (no owner)\n"
         "     1  68324  94  1639776  43   3763736  99 float\n"
         "\n")


def test_a_barred_summary_gives_each_kinds_size_as_printed():
    assert read(PYMPLER) == {"str/total size": [(0.0, 864.39)], "dict/total size": [(0.0, 624.0)]}


def test_a_partition_gives_its_total_and_each_kinds_size():
    assert read(GUPPY) == {"Total size": [(0.0, 3796952.0)],
                           "dict (no owner)/Size": [(0.0, 2123960.0)],
                           "float/Size": [(0.0, 1639776.0)]}


def test_a_partition_printed_again_gives_its_total_again():
    assert read(GUPPY + GUPPY)["Total size"] == [(0.0, 3796952.0), (1.0, 3796952.0)]


def test_counts_and_sizes_of_no_kinds_of_object_are_no_heap_table():
    assert heap_sizes(("split", "count", "size")) == frozenset()
    assert heap_sizes(("types", "# objects", "total size")) == frozenset({2})
    found = read("  split |   count |   size\n"
                 "======= | ======= | ======\n"
                 "  train |   15002 |  864.39 KB\n"
                 "   test |    1200 |  624     B\n\n")
    assert not [name for name in found if name.endswith("size")]  # a data set's size: set


def test_a_total_is_a_sentence_stating_a_size_in_bytes():
    assert heap_total("Partition of a set of 9 objects. Total size = 4591320 bytes.") == [
        ("Total size", "4591320")]
    assert heap_total("Partition of a set of 9 objects. Total count = 4591320 bytes.") == []
