"""Values named after them in a comma-parted list (NAMED_AFTER, with its candidate rule
ENDS_IN_NAMED_LIST), a result spoken as ``<name> of <value>`` (OF_VALUE), the epoch tagging a
line whose step word counts a total within it (OUTER_TAG), and a count opening a line before an
epoch in parentheses (LEAD_COUNT, PAREN_COUNTER). docs/metric-rules.rst has each rule's row; the
lines here are invented in the shapes the rows name, and fed through the real parser."""

from __future__ import annotations

import pytest

from expctl.metrics import grammar, scan
from tests.metric_reading import read

LOSSES = (0.8123, 0.6234, 0.4456)


def test_values_named_after_them_are_read_with_the_phase_label_and_epoch_before_them():
    text = ""
    for epoch, loss in enumerate(LOSSES, 1):
        text += (f"2026-01-02 10:00:0{epoch},100 INFO  pid:42 app:80:log E{epoch} train    "
                 f"{loss:.4f} loss,  {50 + epoch:.1f}% correct, {loss / 2:.4f} f1 score\n")
        text += f"E{epoch} val_easy {loss / 3:.4f} loss, {70 + epoch:.1f}% correct (12 of 12)\n"
        text += f"Epoch {epoch} {loss:.4f} loss, {0.5 + epoch / 10:.2f} accuracy\n"
    steps = (1, 2, 3)
    assert read(text) == {
        "train/loss": list(zip(steps, LOSSES)),
        "train/correct": [(e, 50.0 + e) for e in steps],
        "train/f1 score": [(e, round(loss / 2, 4)) for e, loss in zip(steps, LOSSES)],
        "val_easy/loss": [(e, round(loss / 3, 4)) for e, loss in zip(steps, LOSSES)],
        "val_easy/correct": [(e, 70.0 + e) for e in steps],
        "loss": list(zip(steps, LOSSES)),
        "accuracy": [(e, round(0.5 + e / 10, 2)) for e in steps]}


def test_a_list_of_things_counted_or_of_settings_is_no_measurement():
    text = "".join(f"step {i}: copied 3 files, 2 folders, 12 links\n"
                   f"round {i}: 0.5 lr, 0.9 momentum\n" for i in range(3))
    assert read(text) == {}


@pytest.mark.parametrize("line", ["E3 train 0.5 loss, 41.7% correct", "x, 0.5\tloss", "x, 0.5  top5 acc",
                                  "x, 0.0667 f1 score", "a,\t-3. top5_acc b"])
def test_a_named_list_closing_a_line_makes_it_a_candidate_in_every_scan(line):
    assert grammar.may_hold_metrics(line) and scan.may_hold(line)
    assert scan.candidate_lines(f"text\n{line}\nmore text\n") == [line]


@pytest.mark.parametrize("line", ["copied 3 files to 2 folders", "x,3 a", "so, 3 more words here now"])
def test_a_line_of_prose_or_of_four_words_after_a_number_is_no_such_candidate(line):
    assert not grammar.may_hold_metrics(line) and not scan.may_hold(line)


def test_a_result_spoken_as_name_of_value_is_read_at_the_line_s_step():
    text = "".join(f"Episode {i}/3 ended in {20 + i} steps with a total reward of {10.5 + i}\n"
                   f"Epoch {i} finished with a loss of {loss} and an accuracy of {90 + i}%.\n"
                   for i, loss in enumerate(LOSSES))
    got = read(text)
    assert got["total reward"] == [(i, 10.5 + i) for i in range(3)]
    assert got["loss"] == [(i, loss) for i, loss in enumerate(LOSSES)]
    assert got["accuracy"] == [(i, 90.0 + i) for i in range(3)]


@pytest.mark.parametrize("line", ["Using a learning rate of 0.01", "Reached accuracy of 10 classes",
                                  "Batch 3 of 10", "Processed 4 of 12 files"])
def test_a_setting_or_a_count_spoken_with_of_is_no_result(line):
    assert read("".join(f"{line.replace('3', str(i))}\n" for i in range(3))) == {}


def test_an_epoch_tag_before_a_step_counting_a_total_gives_the_epoch():
    text = "".join(f"{word}: {e}, Step: [{s}/1200], Loss: {loss}\n"
                   for word in ("Epoch", "Episode") for e in (1, 2)
                   for s, loss in ((128, LOSSES[0]), (256, LOSSES[1])))
    got = read(text)
    assert [step for step, _ in got["Loss"]] == [1, 1, 2, 2, 1, 1, 2, 2]
    # a tag that counts no coarser unit still leaves the step to the counter after it
    assert read("".join(f"Run 7, iteration: {i}/100, loss: {v}\n" for i, v in enumerate(LOSSES, 1))) == {
        "loss": [(i, v) for i, v in enumerate(LOSSES, 1)]}


def test_a_count_before_an_epoch_in_parentheses_is_the_step_and_every_field_after_is_read():
    text = "".join(f"{10 * i}/30 (epoch {1 + i // 2}) loss: {loss:.3f}, kl {loss / 4:.3f}, rec: {loss / 2:.3f}\n"
                   for i, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["loss"] == [(10 * i, round(loss, 3)) for i, loss in enumerate(LOSSES, 1)]
    assert got["kl"] == [(10 * i, round(loss / 4, 3)) for i, loss in enumerate(LOSSES, 1)]
    assert set(got) == {"loss", "kl", "rec"}
