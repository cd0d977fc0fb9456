"""NONZERO_COUNT: ``nnz`` reads "number of nonzeros", a count, on invented names and tables."""

from __future__ import annotations

import pytest

from expctl.metrics.vocabulary import is_count_column, is_setup_name
from tests.metric_reading import read


@pytest.mark.parametrize("name", ["nnz_w", "nnz(H)", "nnz factor", "NNZ_L"])
def test_a_name_opened_by_nnz_is_a_count(name):
    assert is_setup_name(name)


def test_a_column_named_nnz_alone_is_a_count():
    assert is_count_column("nnz")


def test_a_nonzero_count_column_beside_a_residual_is_left_out():
    text = ("iter      resid      nnz_w\n"
            "   1   2.5000e-01       17\n"
            "   2   1.2500e-01       12\n"
            "   3   6.2500e-02        9\n")
    points = read(text)
    assert points["resid"] == [(1.0, 0.25), (2.0, 0.125), (3.0, 0.0625)]
    assert "nnz_w" not in points
