"""Fields grouped in brackets (BRACKET_GROUPS), a line naming its own phases under an announced
one (OWN_PHASES), an epoch and a batch in
brackets (EPOCH_BATCH_PAIR), a coarse counter's prefix before a finer one (OUTER_PREFIX), a
value's unit restating its name (RESTATED_NAME), a value in decibels (DECIBEL_VALUE), a result per a unit (PER_UNIT), a clause of words passed
over after a step (STATUS_CLAUSE), a stop after the step's number
and ``ep`` as a step key (STEP_STOP), a step word dashed to its number (DASHED_STEP), a phase's figures as a call's arguments
(PHASE_CALL), values listed with semicolons after them (LISTED_VALUE), two figures in one
slashed pair (SLASHED_PAIRS), a bar's description stating a value after a
space (SPACED_DESCRIPTION), fields parted by two dots (ELLIPSIS_FIELD), a sentence's stop before a name (STOPPED_NAME), a
fold's number before the step word (FOLD_TAG), a plural step word counting the steps done
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
    # an episode's length in steps is no counter of the run
    text = "".join(f"Episode: {e}, Return: {60 + e}.5, Steps: {30 - e}\n" for e in range(3))
    assert read(text)["Return"] == [(e, 60.5 + e) for e in range(3)]
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


def test_fields_parted_by_two_or_three_dots_keep_their_names_and_the_epoch():
    text = "".join(f"Epoch: {e}/3.. Training Loss: {loss:.3f}.. Test Loss: {loss + 0.1:.3f}.. "
                   f"Test Accuracy: {0.6 + e / 10:.3f}\n" for e, loss in enumerate(LOSSES, 1))
    assert read(text) == {
        "Training Loss": [(e, round(loss, 3)) for e, loss in enumerate(LOSSES, 1)],
        "Test Loss": [(e, round(loss + 0.1, 3)) for e, loss in enumerate(LOSSES, 1)],
        "Test Accuracy": [(e, round(0.6 + e / 10, 3)) for e in (1, 2, 3)]}
    text = "".join(f"Epoch: {e}/3... Step: {10 * e}... Loss: {loss:.4f}... Val Loss: {loss + 0.1:.4f}\n"
                   for e, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["Loss"] == [(10 * e, loss) for e, loss in enumerate(LOSSES, 1)]
    assert got["Val Loss"] == [(10 * e, round(loss + 0.1, 4)) for e, loss in enumerate(LOSSES, 1)]


def test_a_full_stop_after_a_long_word_ends_the_sentence_before_a_name():
    text = "".join(f"Training epoch {e} completed. Average loss: {loss:.4f}, accuracy: {60 + e:.1f}%\n"
                   for e, loss in enumerate(LOSSES, 1))
    assert read(text) == {"train/Average loss": [(e, loss) for e, loss in enumerate(LOSSES, 1)],
                          "train/accuracy": [(e, 60.0 + e) for e in (1, 2, 3)]}
    # an abbreviation's stop opens the name
    assert read("Iter: 100, Avg. loss: 0.9123\nIter: 200, Avg. loss: 0.7456\n")["Avg. loss"] == [
        (100, 0.9123), (200, 0.7456)]


def test_a_slashed_pair_of_names_and_values_is_two_pairs():
    text = "".join(f"Epoch {e} | train/val loss: {loss:.4f}/{loss + 0.1:.4f} | lr: 0.1\n"
                   f" Last 10 training episodes: mean/median reward {60 + e}.5/{59 + e}.5, "
                   f"min/max reward {50 + e}.5/{70 + e}.5\n" for e, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["train loss"] == [(e, loss) for e, loss in enumerate(LOSSES, 1)]
    assert got["val loss"] == [(e, round(loss + 0.1, 4)) for e, loss in enumerate(LOSSES, 1)]
    assert [v for _, v in got["median reward"]] == [60.5, 61.5, 62.5]
    assert [v for _, v in got["max reward"]] == [71.5, 72.5, 73.5]
    # two whole numbers are a count of a total
    assert read("correct/total: 45/50\ncorrect/total: 47/50\n") == {}


def test_a_bar_described_with_a_spaced_value_gives_it_and_its_epoch():
    text = "".join(f"\rEpoch {e} loss {loss:.4f}: {pct:3d}%|{'#' * (pct // 10):10}| {pct // 10}/10 "
                   f"[00:01<00:00,  9.5it/s]" for e, loss in enumerate(LOSSES, 1) for pct in (50, 100))
    assert read(text + "\n")["loss"] == [(e, loss) for e, loss in enumerate(LOSSES, 1)]
    # an index after a word describes the bar, no value
    bar = "".join(f"\rValidation DataLoader 0: {pct:3d}%|{'#' * (pct // 10):10}| {pct // 10}/10" for pct in (50, 100))
    assert read(bar + "\n") == {}


def test_a_step_word_dashed_to_its_number_gives_the_step_and_leaves_the_names_whole():
    text = "".join(f"Iter-{1000 * i}; D_loss: [{loss:.4f}]; G_loss: [{2 * loss:.4f}]\n"
                   f"Epoch-{i} loss: {loss}\n" for i, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["D_loss"] == [(1000 * i, loss) for i, loss in enumerate(LOSSES, 1)]
    assert got["G_loss"] == [(1000 * i, round(2 * loss, 4)) for i, loss in enumerate(LOSSES, 1)]
    assert got["loss"] == [(i, loss) for i, loss in enumerate(LOSSES, 1)]


def test_a_call_named_by_a_phase_holds_that_phase_s_pairs():
    text = "".join(f"Epoch {e}: train(loss={loss}, acc={60 + e}.5) val(loss={loss + 0.1:.4f}, acc={58 + e}.5)\n"
                   for e, loss in enumerate(LOSSES))
    assert read(text) == {"train/loss": [(e, loss) for e, loss in enumerate(LOSSES)],
                          "train/acc": [(e, 60.5 + e) for e in range(3)],
                          "val/loss": [(e, round(loss + 0.1, 4)) for e, loss in enumerate(LOSSES)],
                          "val/acc": [(e, 58.5 + e) for e in range(3)]}
    # a call named by anything else is quoted code
    assert read("Trainer(max_epochs=50, log_every_n_steps=10) built\n") == {}


def test_a_status_clause_after_the_step_is_passed_over_with_its_count():
    text = "".join(f"Episode {10 * e} finished after {20 + e} timesteps, total reward {60 + e}.5\n"
                   f"Epoch {e} done, saving model, val acc {0.5 + e / 10}\n" for e in range(3))
    assert read(text) == {"total reward": [(10 * e, 60.5 + e) for e in range(3)],
                          "val acc": [(e, 0.5 + e / 10) for e in range(3)]}
    # a clause left with settings only reads nothing
    assert read("Epoch 0 done, saved to ckpt, lr 0.1\nEpoch 1 done, saved to ckpt, lr 0.1\n") == {}


def test_a_stop_after_the_step_and_ep_as_a_step_key():
    text = "".join(f"Epoch {e}. Loss: {loss:.4f}, Train_acc 0.6{e}, Test_acc 0.5{e}\n"
                   f"Ep:  {10 * e} | Ep_r:  {60 + e}.25\n" for e, loss in enumerate(LOSSES))
    got = read(text)
    assert got["Train_acc"] == [(e, float(f"0.6{e}")) for e in range(3)]
    assert got["Ep_r"] == [(10 * e, 60.25 + e) for e in range(3)]


def test_a_value_in_decibels_and_a_result_per_unit_are_read():
    text = "".join(f"===> Epoch {e} Complete: Avg. Loss: {loss:.4f}\n===> Avg. PSNR: {20 + e}.25 dB\n"
                   f"Best mean reward: {50 + e}.5 - Last mean reward per episode: {60 + e}.5\n"
                   for e, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert [v for _, v in got["Avg. PSNR"]] == [21.25, 22.25, 23.25]
    assert [v for _, v in got["Last mean reward per episode"]] == [61.5, 62.5, 63.5]
    assert read("Number of samples per class: 12\nNumber of samples per class: 14\n") == {}


def test_a_line_naming_its_own_phases_takes_no_announced_phase():
    text = "Training...\n" + "".join(
        f"Epoch {5 * e:05d} | Loss {loss:.4f} | Train Acc 0.6{e} | Val Acc 0.4{e}\n" for e, loss in enumerate(LOSSES))
    got = read(text)
    assert got["Loss"] == [(5 * e, loss) for e, loss in enumerate(LOSSES)]
    assert "train/Loss" not in got and [v for _, v in got["Val Acc"]] == [0.40, 0.41, 0.42]


def test_an_epoch_and_a_batch_in_brackets_put_the_line_at_the_epoch():
    text = "".join(f"[{e}, {b:5d}] loss: {loss:.3f}\n" for e, loss in enumerate(LOSSES, 1) for b in (2000, 4000))
    assert read(text) == {"loss": [(e, round(loss, 3)) for e, loss in enumerate(LOSSES, 1) for _ in (1, 2)]}
    # a count with its thousands opens a line as one count
    assert read("[1,000] acc 0.51\n[2,000] acc 0.62\n") == {"acc": [(1000, 0.51), (2000, 0.62)]}


def test_a_coarse_counter_before_a_finer_one_gives_the_coarse_step():
    text = "".join(f"Epoch {5 * e} | step 000 Loss: {loss}\n" for e, loss in enumerate(LOSSES))
    assert read(text) == {"Loss": [(5 * e, loss) for e, loss in enumerate(LOSSES)]}


def test_a_unit_restating_the_name_leaves_the_pair_standing():
    text = "".join(f"Train MAE Score: {loss / 1e5:.10f} MAE\nTest RMSPE: {10 + e}.5 RMSPE\n"
                   for e, loss in enumerate(LOSSES))
    got = read(text)
    assert [v for _, v in got["Train MAE Score"]] == [round(loss / 1e5, 10) for loss in LOSSES]
    assert [v for _, v in got["Test RMSPE"]] == [10.5, 11.5, 12.5]
    # another word after a value is prose
    assert read("loading: 3 shards\nloading: 4 shards\n") == {}


def test_the_pairs_after_a_name_stating_its_step_are_at_that_step():
    text = "".join(f"Cost after iteration {100 * i}: {loss:.6f} - accuracy: 0.9{i}\n" for i, loss in enumerate(LOSSES))
    assert read(text) == {"Cost": [(100 * i, loss) for i, loss in enumerate(LOSSES)],
                          "accuracy": [(100 * i, float(f"0.9{i}")) for i in range(3)]}


def test_fields_grouped_in_brackets_are_read():
    text = "".join(f"[mae {15 + e}.65 mse {16 + e}.01], [val loss {loss * 300:.4f}]\n" for e, loss in enumerate(LOSSES))
    assert read(text) == {"mae": [(e, 15.65 + e) for e in range(3)], "mse": [(e, 16.01 + e) for e in range(3)],
                          "val loss": [(e, round(loss * 300, 4)) for e, loss in enumerate(LOSSES)]}
