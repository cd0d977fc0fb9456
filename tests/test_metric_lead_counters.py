"""A number that no step word names, opening a loop's lines: its step when it moves on from one
such line to the next, never when it stands still or is printed once (LEAD_COUNTER), read by
the real parser in reads of any size, and such a count printed as the line's first pair
(COUNTED_LEAD). docs/metric-rules.rst has the rule's row; the output here
is invented in the shapes the row names. The last test is a phase word closed by a full stop
before the step (PHASE_STEP) and a likelihood per dimension (RATE_WORDS)."""

from __future__ import annotations

import pytest

from expctl.metrics.lead_counters import lead_count
from tests.metric_reading import read

LOSSES = (0.59, 0.55, 0.83, 0.67)


def _loop(shape: str, counts=(5, 10, 15, 20)) -> str:
    return "".join(shape.format(n=n, v=v) for n, v in zip(counts, LOSSES))


@pytest.mark.parametrize("shape", [
    "({n}) loss={v} acc=0.5\n",
    ">> {n} | loss: {v}\n",
    "#{n}  loss: {v}\n",
    "run {n}: cost={v}\n",
    "워밍업 {n}/20 | 보상: {v}\n",  # a count with its total: the total is no step
    "12:00:01 {n} 3.2s (50%) loss={v}\n",  # a clock, a duration and a share count nothing
])
@pytest.mark.parametrize("chunk", [1, 16, 4096])
def test_a_number_opening_a_loops_lines_that_moves_on_is_their_step(shape, chunk):
    got = read(_loop(shape), chunk)
    name = next(iter(got))
    assert [step for step, _ in got[name]] == [5, 10, 15, 20]


@pytest.mark.parametrize("chunk", [1, 4096])
def test_a_count_that_starts_again_is_a_new_run_of_the_same_loop(chunk):
    got = read(_loop("{n} | loss: {v}\n", counts=(0, 100, 0, 100)), chunk)
    assert got["loss"] == [(0, 0.59), (100, 0.55), (0, 0.83), (100, 0.67)]


@pytest.mark.parametrize("shape", [
    "[rank 0] loss={v}\n",  # a number that stands still is no step
    "gpu 1 | loss: {v}\n",
])
def test_a_number_that_stands_still_steps_nothing(shape):
    got = read(_loop(shape))
    assert [step for step, _ in got["loss"]] == [0, 1, 2, 3]


def test_a_longer_name_after_the_same_lead_is_another_shape():
    text = "[1] wt : 4.5\n[2] wt + hp : 7.8\n[3] wt + hp + wt:hp : 3.3\n"
    assert read(text)["wt + hp"] == [(0, 7.8)]


def test_a_line_of_that_shape_printed_once_is_stepped_by_the_counters():
    text = "loss: 0.9\n3 | loss: 0.8\nloss: 0.7\n"
    assert [step for step, _ in read(text)["loss"]] == [0, 1, 2]


def test_the_next_line_of_the_shape_is_looked_for_past_other_output():
    text = "".join(f"{n} | loss: {v}\n  saving checkpoint\n  evaluating\n" for n, v in zip((2, 4, 6), LOSSES))
    assert read(text)["loss"] == [(2, 0.59), (4, 0.55), (6, 0.83)]


@pytest.mark.parametrize("line, found", [
    ("100 : loss=0.88", ("# :\x00loss=", 100)),
    ("  *[  1/12] loss: 1.7", ("*[ #/#]\x00loss:", 1)),
    ("[0m 9s (5000 5%) loss 2.6", ("[#m #s (# #%)\x00loss", 5000)),
    ("2024-05-01 12:30:01,120 7 loss=0.1", ("#-#-# #:#:#,# #\x00loss=", 7)),
    ("epoch 3 batch 4 loss=0.5", None),  # two counts: another rule's to read
    ("hits: 3/10, seed=4 loss=0.5", None),  # a field's value counts nothing
    ("loss=0.5", None),
    ("x" * 90 + " 3 loss=0.5", None),  # a long lead is prose
])
def test_a_lead_holds_one_count(line, found):
    assert lead_count(line, "loss") == found


def test_a_phase_closed_by_a_full_stop_leads_the_step_and_a_likelihood_per_dimension_is_a_metric():
    text = "".join(f"Training. Epoch: {e}/4, Datapoint: {d}/1197, Bits/dim: {v}\n"
                   for e, d, v in ((1, 200, 1.004), (1, 400, 0.97), (2, 200, 0.9)))
    assert read(text) == {"train/Bits/dim": [(1, 1.004), (1, 0.97), (2, 0.9)]}


@pytest.mark.parametrize("shape", ["Num Episodes: {n}, Reward: {v}, Loss: 0.5\n",
                                   "self.cnt={n}, critic_loss: {v}, action_loss: 0.5, 0.005\n",
                                   "[2026-12-07T20:26:35] T = {n} / 12000 | Avg. reward: {v}\n"])
def test_a_count_of_the_loops_work_opening_its_lines_is_their_step(shape):
    points = read(_loop(shape, counts=(25, 50, 75, 100)))
    assert not any("cnt" in name or "Episodes" in name or name == "T" for name in points)  # no metric
    first = next(iter(points.values()))
    assert [step for step, _ in first] == [25, 50, 75, 100]


def test_a_counted_field_that_stands_still_is_no_step():
    points = read(_loop("frames: {n}, reward: {v}\n", counts=(7, 7, 7, 7)))
    assert [step for step, _ in points["reward"]] == [0, 1, 2, 3]


def test_a_result_over_a_total_is_no_count():
    points = read(_loop("Correct = {n} / 200 | loss: {v}\n", counts=(150, 160, 170, 180)))
    assert [value for _, value in points["Correct"]] == [150, 160, 170, 180]
