"""PART_ROWS for a hierarchy (LEVEL_ROWS): a table whose first column is ``Level`` reports one
level a row, each value ``<level>/<column>``, no series over steps. On an invented table."""

from __future__ import annotations

from tests.metric_reading import values

_TREE = ("Hierarchy\n"
         "  Level   Clusters   Purity   Entropy\n"
         "      1          4   0.8125    0.4410\n"
         "      2         17   0.9350    0.2015\n")


def test_each_level_is_a_row_of_its_own():
    got = values(_TREE)
    assert got["1/Purity"] == [0.8125]
    assert got["2/Entropy"] == [0.2015]
    assert "Purity" not in got
