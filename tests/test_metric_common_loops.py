"""Lines in the shapes common training loops print, read by the real parser: a fraction under a
step word that only an epoch may have (MEASURED_STEP_KEY), a name before the step it was
measured at (NAMED_STEP), a row of figures closed by tqdm's bar (BAR_ROW), an evaluation after
a keyed line (EVALUATED_AT), a step key alone in a Markdown heading (MD_HEADING), a tensor of
one element in a list (TENSOR_VALUE), a timestamp closed by a colon (LOG_LEAD), a bar's
fields written with a dash (DASHED_POSTFIX), the updates done as a step (PASS_STEP), a step word
glued to its number (GLUED_COUNT) and arrows between fields (FIELD_MARKS), a percentage before the
step (LEAD_PERCENT), a per-class line's label (LABEL_FIELD), a phase after the
step in a bar's description (PHASE_AFTER_STEP), qualified lone step keys (LONE_STEP), a step's time in
parentheses (TIMED_HEADER), a count in brackets glued to a word (COUNTED_WORDS), a
phase label after a date with its weekday (PHASES), dashed pairs aligned on their dash (ALIGNED_DASH). docs/metric-rules.rst has each
rule's row; the output here is invented in the shapes the rows name."""

from __future__ import annotations

from tests.metric_reading import read

LOSSES = (0.6931, 0.6465, 0.6120)


def test_a_fraction_under_a_step_word_other_than_epoch_is_a_measure_not_the_step():
    # a GAN's cycle-consistency loss: "cycle" spells a solver's step word, its value is no count
    text = "".join(f"[Epoch 0/200] [Batch {b}/1334] [D loss: {d}] [G loss: {d * 20:.6f}, adv: 0.98, "
                   f"cycle: 0.7{b}2218, identity: 0.69]\n" for b, d in enumerate(LOSSES))
    got = read(text)
    assert all(step == 0 for step, _ in got["D loss"]) and len(got["D loss"]) == 3
    assert "cycle" not in got or all(step == 0 for step, _ in got["cycle"])
    # a line template stepping by the key keeps to the rule as the general path does
    text = "".join(f"batch: 0.{i + 1}5, loss: {loss}\n" for i, loss in enumerate(LOSSES))
    assert [step for step, _ in read(text)["loss"]] == [0, 1, 2]
    # whole counters step as before, and an epoch may be passed through in part
    assert read("cycle: 3, loss: 0.5\ncycle: 4, loss: 0.4\n")["loss"] == [(3, 0.5), (4, 0.4)]
    assert read("{'loss': 0.69, 'epoch': 0.33}\n{'loss': 0.65, 'epoch': 0.67}\n")["loss"] == [
        (0.33, 0.69), (0.67, 0.65)]


def test_a_name_before_the_step_it_was_measured_at_is_one_series():
    text = "".join(f"loss in step {1000 * i} is {loss}\n" for i, loss in enumerate(LOSSES))
    assert read(text) == {"loss": [(1000 * i, loss) for i, loss in enumerate(LOSSES)]}
    text = "".join(f"Loss at epoch {i + 1} = {loss}\n" for i, loss in enumerate(LOSSES))
    assert read(text) == {"Loss": [(i + 1, loss) for i, loss in enumerate(LOSSES)]}
    # a name of prose is a sentence about something else
    assert read("the number of trees in round 3 is 5\n") == {}


def test_a_row_of_figures_with_a_tqdm_bar_after_it_is_read_under_its_header():
    # YOLOv5's training row: the bar redraws the row it closes, the header above names the cells
    header = "      Epoch    GPU_mem   box_loss   obj_loss   cls_loss  Instances       Size\n"
    text = "".join(f"\n{header}      {e}/299      3.42G    {box}    0.03118    0.02187        112        640:"
                   f" 100%|██████████| 118/118 [00:42<00:00,  2.78it/s]\n" for e, box in enumerate(LOSSES))
    got = read(text)
    assert got["box_loss"] == [(e, box) for e, box in enumerate(LOSSES)]
    assert {"Instances", "Size", "GPU_mem"}.isdisjoint(got)
    # a bar described by words keeps its fields: no row of figures before it
    got = read("Epoch 3: 100%|██████████| 10/10 [00:01<00:00, 9.1it/s, loss=0.512]\n")
    assert [value for _, value in got["loss"]] == [0.512]


def test_an_evaluation_after_a_keyed_line_is_at_its_step():
    text = "".join(f"Epoch: {e} Loss: {loss} Acc: 5{e}.1%\nValidation Loss: {loss + 0.1:.4f} Acc: 4{e}.2%\n"
                   for e, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["Validation Loss"] == [(e, round(loss + 0.1, 4)) for e, loss in enumerate(LOSSES, 1)]
    assert [step for step, _ in got["val/Acc"]] == [1, 2, 3]
    # the PyTorch MNIST example: the test set's line after the epoch's training lines
    text = "".join(f"Train Epoch: {e} [0/100 (0%)]\tLoss: {loss}\n\nTest set: Average loss: {loss:.4f}, "
                   f"Accuracy: 5{e}/100 (5{e}%)\n\n" for e, loss in enumerate(LOSSES, 1))
    assert [step for step, _ in read(text)["test/Accuracy"]] == [1, 2, 3]
    # a line that names no evaluation keeps counting by position
    text = "".join(f"Epoch: {e} Loss: {loss}\nCurrent LR: 0.0{e}\n" for e, loss in enumerate(LOSSES, 1))
    assert [step for step, _ in read(text)["Current LR"]] == [0, 1, 2]


def test_a_step_key_alone_in_a_markdown_heading_heads_the_lines_after_it():
    text = "".join(f"### EPOCH: {e}\n\nloss: {loss}\n" for e, loss in enumerate(LOSSES, 1))
    assert read(text) == {"loss": [(e, loss) for e, loss in enumerate(LOSSES, 1)]}
    # a section's ordinal is still no step
    assert read("### Part 2\nloss: 0.5\n") == {"loss": [(0, 0.5)]}


def test_a_tensor_of_one_element_in_a_list_is_its_number():
    text = "".join(f"DEBUG:root:Epoch: {e}\tLoss: tensor({loss}, device='cuda:0', grad_fn=<NllLossBackward0>)"
                   f"\tTop1 accuracy: tensor([1{e}.5703], device='cuda:0')\n" for e, loss in enumerate(LOSSES))
    got = read(text)
    assert got["Top1 accuracy"] == [(e, float(f"1{e}.5703")) for e in range(3)]
    assert got["Loss"] == list(enumerate(LOSSES))
    # a tensor of several numbers holds no one value
    assert "acc" not in read("Epoch: 0\tacc: tensor([0.1, 0.2])\tloss: tensor(0.5)\n")


def test_a_timestamp_closed_by_a_colon_is_a_log_lead_before_a_header():
    text = "".join(f"2024-03-05 14:{e}:04.211873: Epoch {e}\n2024-03-05 14:{e}:04.212561: Current learning "
                   f"rate: 0.0098{e - 11}\n" for e in (12, 13))
    assert read(text) == {"Current learning rate": [(12, 0.00981), (13, 0.00982)]}


def test_a_bars_fields_written_with_a_dash_are_its_fields():
    text = "".join(f"{phase}: 100%|██████████| 46/46 [00:20<00:00,  2.28it/s, dice_loss - {loss}, "
                   f"iou_score - 0.7{e}23]\n" for e, loss in enumerate(LOSSES) for phase in ("train", "valid"))
    got = read(text)
    assert got["train/dice_loss"] == list(enumerate(LOSSES)) and len(got["val/iou_score"]) == 3
    # outside a bar's bracket a spaced dash is no field's
    assert read("model - 0.5 params\n") == {}


def test_the_updates_done_are_the_step_of_the_line_and_of_the_line_under_it():
    text = "".join(f"Updates {u}, num timesteps {u * 2048}, FPS 1404 \n Last 10 training episodes: "
                   f"mean/median reward {r}/17.0, min/max reward 9.0/41.0\n\n" for u, r in ((10, 18.4), (20, 27.9)))
    assert read(text)["mean reward"] == [(10, 18.4), (20, 27.9)]


def test_a_step_word_glued_to_its_number_opening_the_line_is_the_step():
    text = "".join(f"Ep{e:02d} ↓ Loss {loss}\n" for e, loss in enumerate(LOSSES, 1))
    assert read(text)["Loss"] == [(e, loss) for e, loss in enumerate(LOSSES, 1)]
    assert read("epoch5: loss 0.3\nepoch6: loss 0.2\n") == {"loss": [(5, 0.3), (6, 0.2)]}


def test_a_percentage_before_the_step_is_how_far_the_run_came():
    text = "".join(f"{10 * e}% Epoch {5 * e}: loss entrenamiento={loss}, exactitud=6{e}.5%\n"
                   for e, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["loss entrenamiento"] == [(5 * e, loss) for e, loss in enumerate(LOSSES, 1)]
    assert [step for step, _ in got["exactitud"]] == [5, 10, 15]


def test_a_line_opening_with_its_class_names_its_results_after_the_class():
    text = "".join(f"[INFO] Class: class_{c}, Precision: 0.{c}5, Recall: 0.{c}1, F1: 0.{c}3\n"
                   for _ in range(2) for c in range(3))
    got = read(text)
    assert got["class_1/F1"] == [(0, 0.13), (1, 0.13)] and "F1" not in got
    assert set(read("label=cat | precision=0.91 | recall=0.88\n")) == {"cat/precision", "cat/recall"}
    # one result after it is a line about one thing, read as before
    assert "Precision" in read("Class: cat, Precision: 0.5\n")


def test_a_phase_after_the_step_in_a_bars_description_names_its_fields():
    for description in ("Epoch 1/8 - Training", "Epoch 1/8 [Train]", "Epoch 1 - train"):
        got = read(f"{description}:  40%|████      | 8/20 [00:01<00:01,  8.1it/s, loss=0.782]\n")
        assert got == {"train/loss": [(1, 0.782)]}, description
    assert read("Epoch 3 | Valid | loss: 0.5\n") == {"val/loss": [(3, 0.5)]}
    # a pair named by a phase word after the step is that pair, no phase of the others
    assert read("step 3 test: 0.5 acc=0.3\n") == {"test": [(3, 0.5)], "acc": [(3, 0.3)]}


def test_qualified_and_timed_step_lines_head_the_lines_after_them():
    text = "".join(f"Training episode: {20 * e - 1}\nEpisode return: {loss}\n" for e, loss in enumerate(LOSSES, 1))
    assert read(text) == {"Episode return": [(20 * e - 1, loss) for e, loss in enumerate(LOSSES, 1)]}
    text = "".join(f"current epoch:{e}\ncurrect loss = {loss}\n" for e, loss in enumerate(LOSSES, 5))
    assert read(text) == {"currect loss": [(e, loss) for e, loss in enumerate(LOSSES, 5)]}
    text = "".join(f"Epoch {2 * e}/6 (0.{e}s)\n  Train Loss: {loss}\n  LR: 0.00{e}\n" for e, loss in enumerate(LOSSES, 1))
    assert read(text)["Train Loss"] == [(2 * e, loss) for e, loss in enumerate(LOSSES, 1)]
    # a bound is a setting, no header
    assert read("max epoch: 10\nloss: 0.5\n")["loss"] == [(0, 0.5)]


def test_a_count_in_brackets_glued_to_a_word_of_any_script_is_the_step():
    text = "".join(f"训练轮次[{e}/12], 平均损失: {loss}, 准确率: 7.{e}%\n" for e, loss in enumerate(LOSSES, 1))
    assert read(text)["平均损失"] == [(e, loss) for e, loss in enumerate(LOSSES, 1)]


def test_a_phase_label_after_a_date_with_its_weekday_names_the_records_values():
    text = ("Thu 18 May 2023 17:47:24 INFO  best valid : OrderedDict([('recall@20', 0.3019), ('mrr@20', 0.2775)])\n"
            "Thu 18 May 2023 17:47:24 INFO  test result: OrderedDict([('recall@20', 0.3195), ('mrr@20', 0.3116)])\n")
    got = read(text)
    assert got["test/recall@20"] == [(0, 0.3195)] and got["best valid/mrr@20"] == [(0, 0.2775)]


def test_dashed_pairs_aligned_on_their_dash_are_pairs():
    text = "".join(f"Epoch {e}:\n            train loss - {loss}\ntrain dataset accuracy - 0.{e}9298\n"
                   for e, loss in enumerate(LOSSES, 1))
    got = read(text)
    assert got["train loss"] == [(e, loss) for e, loss in enumerate(LOSSES, 1)]
    assert [step for step, _ in got["train dataset accuracy"]] == [1, 2, 3]
    # one dashed line alone is no pair
    assert read("model - 0.5\nsomething else\n") == {}
