"""Where a line's step is printed in spellings a step prefix did not take, read by the real
parser: a step word closing a bar's description (BAR_STEP), a tag before the step word
(NAMED_TAG), a header's finer step key (KEYED_HEADER), the PyTorch tutorials' time and count
(TIMED_COUNT), ``Epoch #: 1`` (STEP_HEADER), dots glued to the next name (ELLIPSIS_FIELD), a
step key that two phase words open (PHASE_STEP_KEY), ``loss in 1 epoch:`` (STEP_IN_NAME) and
``steps`` beside an epoch (RUNNING_PLURAL), a batch key after an epoch's prefix or in a name after its epoch (NESTED_COUNTER). Then how a line's fields are found: a ``Counter``'s
ranking read as no record (RANKED_COUNTS), the field before a line's first tab (HEAD_FIELD), a
field opened by a comma glued to the value before it (COMMA_FIELD_GLUED) and full-width
punctuation (FULL_WIDTH).
docs/metric-rules.rst has each rule's row; the output here is invented in the shapes the rows
name."""

from __future__ import annotations

import pytest

from tests.metric_reading import read

BAR = "{desc}:  25%|██▌       | 1/4 [00:00<00:00, 140.50it/s, loss={loss}]\r"


@pytest.mark.parametrize("desc, name", [
    ("Progress for epoch {{{e}}}", "loss"),  # a set printed by mistake
    ("Processing epoch{e:02d}", "loss"),
    ("Training epoch {e}", "train/loss"),  # a phase before it stays
])
def test_a_step_word_closing_a_bar_description_gives_its_step(desc, name):
    text = "".join(BAR.format(desc=desc.format(e=e), loss=loss) + "\n" for e, loss in ((0, 0.7357), (1, 0.7306)))
    assert read(text)[name] == [(0, 0.7357), (1, 0.7306)]


def test_a_tag_before_the_step_word_is_no_pair():
    text = ("mle_baseline: Epoch   0 Batch    0/20 - Validation Accuracy:  0.067, Loss:  2.522\n"
            "mle_baseline: Epoch   1 Batch    5/20 - Validation Accuracy:  0.107, Loss:  2.454\n")
    assert read(text)["Validation Accuracy"] == [(0, 0.067), (1, 0.107)]
    text = "".join(f"Experiment: runs/singleview_0 Epoch #: {e}\nTest set: Average loss: {loss}\n"
                   for e, loss in ((1, 2.9056), (2, 2.6855)))
    assert read(text)["test/Average loss"] == [(1, 2.9056), (2, 2.6855)]
    assert read("Loss: 0.5 Epoch 3\n")["Loss"] == [(3, 0.5)]  # a value after the label: no tag


def test_a_header_with_a_finer_step_key_heads_its_lines_at_that_key():
    text = "".join(f"Epoch {1 + s // 16}/3, Step: {s}\n+ Loss: {loss}...Val. loss: {loss + 0.1:.4f}\n"
                   for s, loss in ((8, 2.5621), (16, 2.4), (24, 2.3)))
    got = read(text)
    assert got["Loss"] == [(8, 2.5621), (16, 2.4), (24, 2.3)]
    assert got["Val. loss"] == [(8, 2.6621), (16, 2.5), (24, 2.4)]
    assert "Step" not in got


@pytest.mark.parametrize("line", [
    "{m}m 0s ({i} {p}%) Train: {loss}",
    "[{m}m 0s ({i} {p}%) Train: {loss}]",
    "{m}m 47s (- 6m 59s) ({i} {p}%) Train: {loss}",
])
def test_a_time_and_an_iteration_count_give_the_step(line):
    text = "".join(line.format(m=i // 5000, i=i, p=i // 500, loss=loss) + "\n" for i, loss in ((5000, 2.6), (10000, 2.3)))
    assert read(text)["Train"] == [(5000, 2.6), (10000, 2.3)]


def test_the_deep_learning_from_scratch_trainer_line_is_read():
    line = "| {word} {e} |  {it} 1 / 10 | {time} 0[s] | {loss} {value:.2f}\n"
    text = "".join(line.format(word="epoch", e=e, it="iter", time="time", loss="loss", value=v)
                   for e, v in ((1, 1.10), (2, 1.00)))
    assert read(text)["loss"] == [(1, 1.10), (2, 1.00)]
    text = "".join(line.format(word="에폭", e=e, it="반복", time="시간", loss="손실", value=v)
                   for e, v in ((1, 1.10), (2, 1.00)))
    assert read(text) == {"손실": [(1, 1.10), (2, 1.00)]}


def test_training_announced_names_nothing_but_an_evaluation_does():
    text = "Training on CPU...\n" + "".join(f"Epoch [{e}/4] | d_loss: 0.8{e} | g_loss: 0.9{e}\n" for e in (1, 2))
    assert set(read(text)) == {"d_loss", "g_loss"}
    text = "Evaluating...\nstep 1/2 - loss: 0.73\nstep 2/2 - loss: 0.70\n"
    assert set(read(text)) == {"eval/loss"}


def test_a_backslash_in_a_step_count_is_its_slash():
    text = "".join(f"Episode {e}\\24: done after {r} timesteps, total rewards {r}\n" for e, r in ((0, 16), (12, 26)))
    assert read(text)["total rewards"] == [(0, 16), (12, 26)]


def test_a_bracketed_count_set_in_by_spaces_gives_the_step():
    text = "".join(f"*[{e:3d}/12] loss={loss} acc=0.2  (0.0s)\n" for e, loss in ((1, 1.7307), (2, 1.6707)))
    assert read(text)["loss"] == [(1, 1.7307), (2, 1.6707)]


def test_a_bar_described_by_a_whole_number_is_at_that_step():
    text = "".join(BAR.format(desc=str(e), loss=loss) + "\n" for e, loss in ((1, 1.06), (2, 0.98)))
    assert read(text) == {"loss": [(1, 1.06), (2, 0.98)]}


def test_an_index_opening_a_line_before_a_tab_or_a_spaced_colon_is_its_step():
    text = "".join(f"{e} \tAvg Reward:  {r} \t Loss:  {loss} \t Wins:  0.0\n" for e, r, loss in ((1, 0.0766, 1.26), (2, 0.0156, 1.11)))
    assert read(text)["Avg Reward"] == [(1, 0.0766), (2, 0.0156)]
    assert read("0   : loss=1.653532\n100 : loss=0.886172\n") == {"loss": [(0, 1.653532), (100, 0.886172)]}
    assert read("1437  samples: 0.5\n") == {}  # no index: a count before a pair of no figure


def test_epoch_number_n_opens_a_line_as_epoch_n_does():
    text = "Epoch number 0   Training Accuracy: 24.21\nEpoch number 5   Training Accuracy: 88.51\n"
    assert read(text) == {"Training Accuracy": [(0, 24.21), (5, 88.51)]}


def test_a_step_key_inside_an_indented_settings_block_heads_nothing():
    text = ("> Arguments:\n\topt: adam\n\tlr: 0.003\n\tbatch_size: 256\n\tep: 6\n\twd: 0.0005\n"
            "[Epoch 0] elapsed time: 0.0078s, train time: 0.0075s\n"
            "***** Training set result ***** loss: 2.1781, accuracy 25.73%\n"
            "[Epoch 1] elapsed time: 0.0027s, train time: 0.0024s\n"
            "***** Training set result ***** loss: 1.8519, accuracy 67.08%\n")
    assert read(text)["train/loss"] == [(0, 2.1781), (1, 1.8519)]


@pytest.mark.parametrize("lead", ["", " "])
def test_a_result_and_its_number_under_a_step_header_are_a_pair(lead):
    text = "".join(f"Epoch number {e}\n{lead}Current loss {loss}\n" for e, loss in ((0, 1.8359), (1, 0.8173)))
    assert read(text) == {"Current loss": [(0, 1.8359), (1, 0.8173)]}
    assert read("Epoch 1\nSamples 1437\n") == {}  # no result's name


@pytest.mark.parametrize("split, phase", [("dev", "val"), ("test", "test")])
def test_an_evaluation_on_a_split_names_its_step_key_and_phase(split, phase):
    text = "".join(f"2026-12-08 00:30 Evaluation {split} Iter {it:08d} pos-acc {v}\n"
                   for it, v in ((60, 75.25), (120, 81.0)))
    got = read(text)
    assert got[f"{phase}/pos-acc"] == [(60, 75.25), (120, 81.0)]
    assert "pos-acc" not in got


def test_things_ranked_by_their_counts_are_no_record():
    text = ("Most common words: [('w29', 605), ('w30', 520), ('w38', 344)]\n"
            "stats: [('loss', 0.5), ('q', 3), ('n', 2)]\n")
    assert read(text) == {"loss": [(0, 0.5)], "q": [(0, 3)], "n": [(0, 2)]}


def test_a_name_saying_in_which_epoch_its_value_was_measured():
    text = "".join(f"INFO:root:evaluation metric in {e} epoch: {m}\nINFO:root:training loss in {e} epoch: {v}\n"
                   for e, m, v in ((1, 0.0851, 4396.75), (2, 0.095, 3719.2)))
    got = read(text)
    assert got["evaluation metric"] == [(1, 0.0851), (2, 0.095)]
    assert got["training loss"] == [(1, 4396.75), (2, 3719.2)]


def test_the_field_before_the_first_tab_is_a_field_too():
    text = "".join(f"{i}: avg_d {d}\tavg_g {g}\n" for i, d, g in ((0, 1.2848, 0.7565), (1, 1.1465, 0.8653)))
    assert read(text) == {"avg_d": [(0, 1.2848), (1, 1.1465)], "avg_g": [(0, 0.7565), (1, 0.8653)]}
    assert read("Epoch 3\tloss 0.5\tacc 0.9\n") == {"loss": [(3, 0.5)], "acc": [(3, 0.9)]}


def test_a_comma_glued_to_a_value_opens_the_next_field():
    got = read("Batch 40,Model1 Train Loss:0.6448,Model2 Train Loss:0.6563,Blending_Model ACC:71.7188\n"
               "Epoch, Model1 Loss: 0.5796,Model1 ACC: 72.2640%,Model2 Loss: 0.6370\n")
    assert {"Model1 Train Loss", "Model2 Train Loss", "Blending_Model ACC", "Model1 Loss", "Model1 ACC",
            "Model2 Loss"} <= set(got)
    assert "Train Loss" not in got and "ACC" not in got


def test_full_width_punctuation_reads_as_its_ascii():
    text = "EPOCH：1, TEST: rmse:4.84, R2:0.32\nEPOCH：2, TEST: rmse:2.60, R2:0.80\nEpoch  3: Loss = 0.53 ｜ Acc = 0.69\n"
    got = read(text)
    assert got["test/rmse"] == [(1, 4.84), (2, 2.6)]
    assert got["Acc"] == [(3, 0.69)]


def test_steps_done_beside_an_epoch_are_the_step_and_an_episodes_steps_its_length():
    text = "".join(f"[2026-12-08 01:02:20,5{i}] epoch={e}, steps={s}, loss={v}\n"
                   for i, (e, s, v) in enumerate(((0, 5, 0.17), (0, 11, 0.12), (1, 25, 0.1))))
    assert read(text)["loss"] == [(5, 0.17), (11, 0.12), (25, 0.1)]
    assert read("Episode: 3, Return: 61.2, Steps: 20\n")["Return"] == [(3, 61.2)]


def test_a_batch_key_after_an_epochs_prefix_counts_within_it():
    text = "Epoch: 1/12 Batch: 0 Loss: 0.26\nEpoch: 1/12 Batch: 100 Loss: 0.24\nEpoch: 2/12 Batch: 0 Loss: 0.03\n"
    assert read(text) == {"Loss": [(1, 0.26), (1, 0.24), (2, 0.03)]}


def test_a_batch_in_a_name_after_its_epoch_counts_within_it():
    text = ("Training loss for epoch 0, batch 0: 9.30453\nTraining loss for epoch 0, batch 1: 7.84064\n"
            "Training loss for epoch 2, batch 0: 3.73793\n")
    assert read(text) == {"Training loss": [(0, 9.30453), (0, 7.84064), (2, 3.73793)]}
