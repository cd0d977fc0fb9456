"""ORDINAL_STEP: a progress sentence that opens with its step as an ordinal (``3rd epoch ...``)."""

from __future__ import annotations

from expctl.metrics import grammar, scan
from expctl.metrics.step_sentences import step_sentence
from tests.metric_reading import read


def test_dashed_ordinal_with_a_name_after_with_the():
    text = "".join(f"{n}-th generation with the lowest cost = {2.5 - n}\n" for n in range(3))
    assert read(text) == {"lowest cost": [(0.0, 2.5), (1.0, 1.5), (2.0, 0.5)]}


def test_glued_suffixes_and_other_joins():
    assert step_sentence("1st epoch: the validation loss was 0.41") == "epoch 1: validation loss = 0.41"
    assert step_sentence("2nd round, mean reward is 12.5.") == "round 2: mean reward = 12.5"
    assert step_sentence("23rd sweep has energy: -4.75") == "sweep 23: energy = -4.75"
    text = "".join(f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd'} round, score = 0.{n}\n"
                   for n in (1, 2, 3))
    assert read(text) == {"score": [(1.0, 0.1), (2.0, 0.2), (3.0, 0.3)]}


def test_restarted_counts_stay_one_series():
    text = "".join(f"{n}th iteration with the best objective = {v}\n"
                   for v, n in zip((9.0, 7.0, 8.0, 6.0), (0, 1, 0, 1)))
    assert read(text) == {"best objective": [(0.0, 9.0), (1.0, 7.0), (0.0, 8.0), (1.0, 6.0)]}


def test_ordinal_line_is_a_candidate_in_every_scan():
    line = "4th cycle with the residual = 0.0031"
    assert grammar.may_hold_metrics(line) and scan.may_hold(line)


def test_prose_other_ordinals_and_table_rows_give_nothing():
    for line in ("3rd iteration with the number of trees = 5",
                 "5th place in the league with 12",
                 "2nd epoch finished after 31.5",
                 "10 20 30 40",
                 "1st"):
        assert step_sentence(line) == line
    assert read("21st century with the total is 4.5 seconds\n") == {}
