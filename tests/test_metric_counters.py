"""Two counters on a line, and the end of a line of fields, read by the real parser: a finer
counter that starts again under a coarser one counts within it (NESTED_COUNTER), and a full
stop closing a list of fields parted by bars, semicolons or tabs (FULL_STOP).
docs/metric-rules.rst has each rule's row; the output here is invented in the shapes the rows
name."""

from __future__ import annotations

import pytest

from expctl.metrics.parser import MetricParser
from tests.metric_reading import read

F1 = (0.59, 0.55, 0.83, 0.67, 0.85, 0.66)


def _epochs_of_batches(line: str) -> str:
    return "".join(line.format(epoch=1 + i // 2, batch=1 + 5 * (i % 2), value=value) for i, value in enumerate(F1))


@pytest.mark.parametrize("line", [
    "epoch={epoch} | batch={batch} | train f1={value}\n",  # a line template reads it
    "GAT training: time elapsed= 0.01 [s] | epoch={epoch} | batch={batch} | train f1={value}\n",
    "{{'epoch': {epoch}, 'iter': {batch}, 'train f1': {value}}}\n",  # a record
])
def test_a_counter_that_starts_again_under_an_epoch_counts_within_it(line):
    got = read(_epochs_of_batches(line))
    # the first epoch's lines are stepped by the batch (nothing says yet that it starts again);
    # from the second epoch on, by the epoch, and the batch is no point of its own then
    assert got["train f1"] == [(1, 0.59), (6, 0.55), (2, 0.83), (2, 0.67), (3, 0.85), (3, 0.66)]
    kept = got.get("batch", got.get("iter", []))  # a step key is kept as a series on some lines
    assert kept in ([], [(1, 1), (6, 6)])


def test_a_counter_that_keeps_counting_across_epochs_orders_the_points():
    text = "".join(f"loss: {value}, epoch: {i // 2}, iterations: {i + 1}\n" for i, value in enumerate(F1))
    assert read(text)["loss"] == [(i + 1, value) for i, value in enumerate(F1)]
    text = "".join(f"epoch={i // 2} step={100 * (i + 1)} loss={value}\n" for i, value in enumerate(F1))
    assert read(text)["loss"] == [(100 * (i + 1), value) for i, value in enumerate(F1)]


def test_an_evaluation_after_nested_counters_stands_at_the_epoch():
    text = "".join(f"epoch={e} | batch={b} | train f1={value}\n" for e, b, value in (
        (1, 1, 0.61), (1, 6, 0.66), (2, 1, 0.71), (2, 6, 0.76)))
    text += "epoch=2 | batch=1 | val f1=0.6\n"
    assert read(text)["val f1"] == [(2, 0.6)]


def test_templates_and_the_general_path_agree_on_nested_counters():
    text = _epochs_of_batches("epoch={epoch} | batch={batch} | train f1={value}\n")
    lines = text.splitlines()
    for templates in (True, False):
        parser, out = MetricParser(templates=templates), {}
        parser.parse_lines(lines, 0.0, out)
        parser.finish(0.0, out)
        assert list(zip(out["train f1"].steps, out["train f1"].values)) == [
            (1, 0.59), (6, 0.55), (2, 0.83), (2, 0.67), (3, 0.85), (3, 0.66)], templates


@pytest.mark.parametrize("mark", [" | ", "; ", "\t"])
def test_a_full_stop_closing_a_list_of_fields_is_no_part_of_the_last_value(mark):
    assert read(f"epoch=1{mark}train micro-F1=0.5939.\n")["train micro-F1"] == [(1, 0.5939)]


def test_a_lone_value_closed_by_a_full_stop_stays_refused():
    assert read("loss: 0.5.\n") == {}
