"""CONTRACTED_STEP: a step word contracted by dropping letters (``itn``, ``itr``, ``epch``) heads
a table's step column, on invented tables."""

from __future__ import annotations

import pytest

from expctl.metrics.vocabulary import step_column_rank
from tests.metric_reading import read


@pytest.mark.parametrize("name", ["Itn", "itr", "ITR", "iterr", "epch", "stp", "upd"])
def test_a_contracted_step_word_ranks_as_its_word(name):
    assert step_column_rank(name) is not None


@pytest.mark.parametrize("name", ["gene", "rod", "iron", "gain", "std", "ion", "sep", "tol", "eta", "spread"])
def test_words_that_only_share_letters_are_no_step(name):
    assert step_column_rank(name) is None


def test_the_contracted_column_steps_its_rows_from_its_own_count():
    text = ("  Itr       resid      energy\n"
            "    3   4.1250e-01   1.9000e+00\n"
            "    4   2.0625e-01   1.7500e+00\n"
            "    5   1.0312e-01   1.6250e+00\n")
    points = read(text)
    assert points["resid"] == [(3.0, 0.41250), (4.0, 0.20625), (5.0, 0.10312)]
    assert "Itr" not in points


def test_a_second_table_restarts_at_its_own_count():
    table = ("epch     loss_sum     spread\n"
             "   0    {a:.6f}    0.50000\n"
             "   1    {b:.6f}    0.25000\n")
    points = read(table.format(a=7.125, b=6.25) + "\n" + table.format(a=5.5, b=4.75))
    assert [step for step, _ in points["loss_sum"]] == [0.0, 1.0, 0.0, 1.0]
