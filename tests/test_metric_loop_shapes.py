"""A fold's number before the step word (FOLD_TAG), a plural step word counting the steps done
beside a step key (RUNNING_PLURAL), and a list of records printed over lines, each indented
(LISTED_OBJECTS). docs/metric-rules.rst has each rule's row; the output here is invented in the
shapes the rows name and read by the real parser."""

from __future__ import annotations

import json

from tests.metric_reading import read

LOSSES = (0.6931, 0.6465, 0.6120)


def test_a_fold_tag_before_the_epoch_leaves_the_step_to_the_epoch():
    text = "".join(f"Fold {fold} | Epoch {epoch:03d}/3 | [{'#' * epoch}] | Train Loss: {loss} | Acc: 0.{fold}{epoch}\n"
                   for fold in (1, 2) for epoch, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["Train Loss"] == [(e, loss) for _ in (1, 2) for e, loss in enumerate(LOSSES, 1)]
    assert [step for step, _ in got["Acc"]] == [1, 2, 3, 1, 2, 3]
    # a fold alone before its pairs still counts the folds
    assert read("fold 1: rmse = 3.0412\nfold 2: rmse = 2.9133\n") == {"rmse": [(1, 3.0412), (2, 2.9133)]}


def test_a_plural_step_word_beside_a_step_key_is_the_finer_step():
    text = "".join(f"loss:  {loss:.4f}, epoch: {i // 2}, iterations: {i + 1}\n" for i, loss in enumerate(LOSSES))
    assert read(text)["loss"] == [(i + 1, loss) for i, loss in enumerate(LOSSES)]
    # alone beside a result it is still the count of a summary, no step of a line of progress
    assert read("Final loss: 0.1200, epochs: 50\n") == {"Final loss": [(0, 0.12)]}


def test_each_record_of_a_list_printed_over_lines_takes_its_own_step_key():
    log = [{"epoch": 0, "loss_gen": loss, "iteration": 40 * (i + 1), "loss_dis": 1 - loss}
           for i, loss in enumerate(LOSSES)]
    got = read("log = " + json.dumps(log, indent=4) + "\n")
    assert got["loss_gen"] == [(40 * (i + 1), loss) for i, loss in enumerate(LOSSES)]
    assert got["loss_dis"] == [(40 * (i + 1), 1 - loss) for i, loss in enumerate(LOSSES)]
    # a list nested in one record is read once, with its record
    record = {"step": 7, "loss": 0.5, "parts": [{"a": 0.25}, {"b": 0.75}]}
    assert read(json.dumps(record, indent=2) + "\n")["loss"] == [(7, 0.5)]
