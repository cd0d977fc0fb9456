"""Two counters on a line, and how a line of fields opens and closes, read by the real parser:
a finer counter that starts again under a coarser one counts within it (NESTED_COUNTER, also
after a coarse prefix: OUTER_PREFIX, and a batch's prefix under an epoch's header), a full stop closing a list of fields parted by bars,
semicolons or tabs (FULL_STOP), progress dots opening a line (PROGRESS_DOTS), a long dash
between fields (LONG_DASH), ``loss is 0.5`` (IS_VALUE) and a field closing the line without its
colon (BARE_FIELD).
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
    "epoch={epoch} | iter={batch} | train f1={value}\n",  # a line template reads it
    "GAT training: time elapsed= 0.01 [s] | epoch={epoch} | it={batch} | train f1={value}\n",
    "{{'epoch': {epoch}, 'step': {batch}, 'train f1': {value}}}\n",  # a record
])
def test_a_counter_that_starts_again_under_an_epoch_counts_within_it(line):
    got = read(_epochs_of_batches(line))
    # the first epoch's lines are stepped by the finer key (nothing says yet that it starts
    # again); from the second epoch on, by the epoch, and the finer key is no point of its own
    assert got["train f1"] == [(1, 0.59), (6, 0.55), (2, 0.83), (2, 0.67), (3, 0.85), (3, 0.66)]
    kept = got.get("iter", got.get("it", got.get("step", [])))  # a step key is kept as a series on some lines
    assert kept in ([], [(1, 1), (6, 6)])


@pytest.mark.parametrize("line", [
    "epoch={epoch} | batch={batch} | train f1={value}\n",
    "GAT training: time elapsed= 0.01 [s] | epoch={epoch} | batch={batch} | train f1={value}\n",
    "{{'epoch': {epoch}, 'batch': {batch}, 'train f1': {value}}}\n",
])
def test_a_batch_counts_within_its_epoch_from_the_first_line(line):
    got = read(_epochs_of_batches(line))
    assert got["train f1"] == [(1, 0.59), (1, 0.55), (2, 0.83), (2, 0.67), (3, 0.85), (3, 0.66)]
    assert "batch" not in got


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
    text = _epochs_of_batches("epoch={epoch} | iter={batch} | train f1={value}\n")
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


def test_a_finer_counter_after_a_coarse_prefix_steps_until_it_starts_again():
    # a global iteration after the epoch (GAN_stability): each line at its iteration
    text = "".join(f"[epoch {i // 3}, it {i:4d}] g_loss = {value:.4f}, d_loss = 1.4\n" for i, value in enumerate(F1))
    assert read(text)["g_loss"] == [(i, value) for i, value in enumerate(F1)]
    # a step that starts again each epoch: the epoch from the first time it does
    text = "".join(f"Epoch {i // 3} | step {10 * (i % 3):03d} Loss: {value}\n" for i, value in enumerate(F1))
    assert read(text)["Loss"] == [(0, 0.59), (10, 0.55), (20, 0.83), (1, 0.67), (1, 0.85), (1, 0.66)]
    # a batch of a total stays at the epoch, as before
    text = "".join(f"Epoch {i // 3} Batch {i % 3}/3 - Loss: {value}\n" for i, value in enumerate(F1))
    assert [step for step, _ in read(text)["Loss"]] == [0, 0, 0, 1, 1, 1]


def test_progress_dots_before_a_line_are_no_part_of_its_first_name():
    text = "".join("." * (50 * bool(i)) + f"dLossReal: {value} dLossFake {value / 2}\n" for i, value in enumerate(F1[:3]))
    assert read(text) == {"dLossReal": [(i, v) for i, v in enumerate(F1[:3])],
                          "dLossFake": [(i, v / 2) for i, v in enumerate(F1[:3])]}


def test_a_long_dash_parts_fields_as_a_dash_does():
    for dash in ("\u2014", "\u2013"):
        assert read(f"Epoch 1 {dash} avg loss: 1.0313\nEpoch 2 {dash} avg loss: 0.9960\n") == {
            "avg loss": [(1, 1.0313), (2, 0.996)]}


def test_a_result_stated_with_is_is_a_pair():
    assert read("LOSS IS 2.3499915599823\nLOSS IS 2.3025107383728027\n") == {
        "LOSS": [(0, 2.3499915599823), (1, 2.3025107383728027)]}
    assert read("train loss is: 0.25\n") == {"train loss": [(0, 0.25)]}
    assert read("count is 5\nthe answer is 42\n") == {}


def test_a_field_closing_the_line_without_its_colon_is_a_pair():
    assert read("loss: 0.52 acc 0.81\n") == {"loss": [(0, 0.52)], "acc": [(0, 0.81)]}
    assert read("Time: 0.5 seconds 3\n") == {}  # a word of no field
    # only right after a pair's value: a step key's pair and plain fields after it read as before
    assert read("Step: 2 loss 0.421941 accuracy 0.615607\n") == {
        "Step": [(2, 2)], "loss": [(2, 0.421941)], "accuracy": [(2, 0.615607)]}


def test_a_batch_counted_under_an_epoch_header_stays_at_the_epoch():
    text = "".join(f"Epoch {e}/2\n" + "".join(f"  Batch {b}/20, Loss: {v}\n" for b, v in zip((0, 5), F1[2 * e - 2:]))
                   + f"Train - Loss: {F1[e + 3]}\n" for e in (1, 2))
    got = read(text)
    assert got["Loss"] == [(1, 0.59), (1, 0.55), (2, 0.83), (2, 0.67)]
    assert got["train/Loss"] == [(1, 0.85), (2, 0.66)]


def test_a_step_counted_under_an_epoch_header_keeps_its_own():
    text = "".join(f"Epoch {e}/2\nstep {s}/8 - loss: {v}\n" for e, s, v in ((1, 4, 0.59), (1, 8, 0.55), (2, 4, 0.83)))
    assert read(text)["loss"] == [(4, 0.59), (8, 0.55), (4, 0.83)]
