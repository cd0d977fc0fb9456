"""Structures of output the corpus holds, in variants it does not hold: other libraries' styles,
other column names and widths. Each rule that a corpus fixture needed is checked here on lines
written for the test, so that the rule is seen to follow the structure, not the fixture."""

from __future__ import annotations

from expctl.metrics.splitter import LineSplitter
from tests.metric_reading import read_with_params, read


def bar(label: str, frames: int, width: int = 30) -> str:
    """A progress bar redrawn in place with \\r, `frames` times, as tqdm or fastprogress draws."""
    return "".join(f"\r{label} |{'#' * (i * width // frames):<{width}}| {i}/{frames} [00:0{i % 10}<?]"
                   for i in range(frames + 1)) + "\r" + " " * (width + 20) + "\r"


# -- an aligned table whose rows come one at a time, far below the header ----------------------


def test_a_right_aligned_table_finds_its_header_past_a_long_redrawn_bar():
    header = "    Round     Train MSE     Holdout R2     Elapsed\n"
    rows = ["        1        4.5000        0.1250       1.2s\n",
            "        2        3.2500        0.3750       2.5s\n"]
    text = header + bar("batch", 400) + rows[0] + bar("batch", 400) + rows[1]
    assert read(text) == {"Train MSE": [(1.0, 4.5), (2.0, 3.25)],
                          "Holdout R2": [(1.0, 0.125), (2.0, 0.375)]}


def test_numbers_far_below_a_line_of_names_in_other_columns_are_no_table_row():
    text = "alpha    beta    gamma\n" + bar("x", 50) + "   1.5     2.5     3.5   4.5\n"
    assert read(text) == {}
    misaligned = "alpha    beta    gamma\n" + bar("x", 50) + "1.5 2.5  3.5\n"
    assert read(misaligned) == {}  # no column stands under its name


def test_pandas_prints_a_history_with_its_index_first():
    text = ("       loss  val_loss   auc\n"
            "0  0.812345  0.798765  0.61\n"
            "1  0.654321  0.700001  0.68\n")
    assert read(text) == {"loss": [(0.0, 0.812345), (1.0, 0.654321)],
                          "val_loss": [(0.0, 0.798765), (1.0, 0.700001)],
                          "auc": [(0.0, 0.61), (1.0, 0.68)]}


def test_skorch_history_drops_its_duration_column():
    text = ("  epoch    train_loss    valid_acc     dur\n"
            "-------  ------------  -----------  ------\n"
            "      1        \x1b[36m0.6905\x1b[0m       \x1b[32m0.5900\x1b[0m  0.0320\n"
            "      2        \x1b[36m0.6826\x1b[0m       \x1b[32m0.6150\x1b[0m  0.0290\n")
    assert read(text) == {"train_loss": [(1.0, 0.6905), (2.0, 0.6826)],
                          "valid_acc": [(1.0, 0.59), (2.0, 0.615)]}


def test_prettytable_and_texttable_styles():
    pretty = ("+-------+------------+---------+\n"
              "| Epoch | Train Loss | Val Acc |\n"
              "+-------+------------+---------+\n"
              "|   1   |   0.6931   |  0.5400 |\n"
              "|   2   |   0.5123   |  0.6100 |\n"
              "+-------+------------+---------+\n")
    assert read(pretty) == {"Train Loss": [(1.0, 0.6931), (2.0, 0.5123)],
                            "Val Acc": [(1.0, 0.54), (2.0, 0.61)]}
    texttable = ("+------+-------+\n| step | loss  |\n+======+=======+\n| 100  | 0.693 |\n"
                 "+------+-------+\n| 200  | 0.512 |\n+------+-------+\n")
    assert read(texttable) == {"loss": [(100.0, 0.693), (200.0, 0.512)]}


# -- values and names --------------------------------------------------------------------------


def test_booster_fields_with_a_spread_give_the_mean():
    text = ("[0]\ttrain-auc:0.91+0.01\ttest-auc:0.88+0.02\n"  # xgb.cv
            "[1]\tcv_agg's valid l2: 0.5 + 0.1\n")  # lgb.cv, older LightGBM
    assert read(text) == {"train-auc": [(0.0, 0.91)], "test-auc": [(0.0, 0.88)],
                          "cv_agg's valid l2": [(1.0, 0.5)]}


def test_ranking_metric_names_hold_an_at_sign():
    text = "step: 10 recall@10: 0.412 ndcg@10: 0.301 mAP@0.5: 0.27\n"
    assert read(text) == {"step": [(10.0, 10.0)], "recall@10": [(10.0, 0.412)],
                          "ndcg@10": [(10.0, 0.301)], "mAP@0.5": [(10.0, 0.27)]}


# -- a display of several rows redrawn in place ------------------------------------------------

UP = "\r\x1b[2K\x1b[1A\x1b[2K\x1b[1A\x1b[2K"  # back to the first of three rows, erasing them


def test_a_three_row_display_is_one_report_per_redraw():
    def frame(count: int, loss: str, acc: str) -> str:
        return f"Epoch 0/4 \u2501\u2501\u2501 {count}/9 0:00:0{count}\n  loss: {loss}\n  top1: {acc}"
    text = (frame(1, "2.10", "0.10") + UP + frame(2, "2.10", "0.10")  # a refresh: nothing new
            + UP + frame(3, "2.10", "0.25")  # top1 changed: loss counts again, in this state
            + "\n")
    points = read(text)
    assert [value for _, value in points["loss"]] == [2.10, 2.10]
    assert [value for _, value in points["top1"]] == [0.10, 0.25]


def test_a_value_wrapped_on_a_pipe_is_joined_forwards_and_backwards():
    text = ("Epoch 3/9  12/12 0:00:04 • 0:00:00 3.1it/s\n"
            "                    epoch_loss: 0.412 val_f1:\n"
            "                    0.733 val_precision:\n"
            "                    0.802\n")
    assert read(text) == {"epoch_loss": [(0.0, 0.412)], "val_f1": [(0.0, 0.733)],
                          "val_precision": [(0.0, 0.802)]}


def test_a_redraw_moving_up_into_plain_output_sees_what_its_rows_show():
    """Rows of plain ASCII output are cut into lines only when a redraw moves up to them; the
    redraw then sees what they show, as on the general path."""
    plain = b"".join(b"line %d\n" % i for i in range(100)) + b"loss: 0.5\nacc: 0.9\n"
    refresh = b"\x1b[2Aloss: 0.5\nacc: 0.9\n"  # up two rows, the same drawn again: nothing new
    for fast in (True, False):
        splitter = LineSplitter(fast=fast)
        assert splitter.feed(plain)[-2:] == ["loss: 0.5", "acc: 0.9"]
        assert splitter.feed(refresh) + splitter.flush() == [], fast


# -- fields, headed blocks, other libraries' lines ----------------------------------------------


def test_dash_separated_fields_mix_name_number_and_name_colon_number():
    # flair's trainer log, and a label before the first field (its speed beside its time is
    # the display's bookkeeping: DISPLAY_SPEED)
    text = ("2026-12-04 10:00:01,000 epoch 2 - iter 10/100 - loss 0.52341234 - time (sec): 1.23"
            " - samples/sec: 260.16 - lr: 0.100000\n"
            "2026-12-04 10:00:09,000 EPOCH 3 done: loss 0.4500 - lr: 0.050000\n")
    assert read(text) == {"loss": [(2.0, 0.52341234), (3.0, 0.45)],
                          "lr": [(2.0, 0.1), (3.0, 0.05)]}


def test_a_headed_block_is_what_its_heading_says():
    summary = ("wandb: Run history:\nwandb:      acc ▁▅█\nwandb:     loss █▄▁\nwandb:\n"
               "wandb: Run summary:\nwandb:      acc 0.91\nwandb:     loss 0.12\n")
    assert read(summary) == {"acc": [(0.0, 0.91)], "loss": [(0.0, 0.12)]}
    config = "Hyperparameters:\n  lr        0.01\n  momentum  0.9\nepoch 1 loss 0.5 acc 0.7\n"
    points, params = read_with_params(config)
    assert params == [("lr", "0.01"), ("momentum", "0.9")] and "lr" not in points
    counts = "Dataset sizes:\n  train 5000\n  val   1000\n"
    assert read(counts) == {}  # a heading that names neither results nor config: nothing


def test_lines_of_other_libraries():
    pyg = "Epoch: 001, Loss: 1.9463, Train: 0.2643, Val: 0.2260, Test: 0.2330\n"
    assert read(pyg) == {"Epoch": [(1.0, 1.0)], "Loss": [(1.0, 1.9463)], "Train": [(1.0, 0.2643)],
                         "Val": [(1.0, 0.226)], "Test": [(1.0, 0.233)]}
    timm = ("Test: [   0/10]  Time: 0.100 (0.100)  Loss:  0.5500 (0.5500)  "
            "Acc@1: 81.2500 (81.2500)  Acc@5: 96.8750 (96.8750)\n")
    assert {"test/Loss": [(0.0, 0.55)], "test/Acc@1": [(0.0, 81.25)],
            "test/Acc@5": [(0.0, 96.875)]}.items() <= read(timm).items()
    gridsearch = "[CV 2/5] END .................C=1, gamma=0.1;, score=0.933 total time=   0.0s\n"
    assert read(gridsearch)["score"] == [(0.0, 0.933)]


def test_log_prefixes_before_a_step_and_fields():
    fairseq = ("2026-12-04 10:00:00 | INFO | train | epoch 001 | loss 7.512 | ppl 182.5 | "
               "num_updates 10 | lr 0.0001\n")
    assert read(fairseq) == {"train/loss": [(1.0, 7.512)], "train/ppl": [(1.0, 182.5)],
                             "train/lr": [(1.0, 0.0001)]}  # num_updates: a count
    mmdet = ("2026-12-04 10:00:00,000 - mmdet - INFO - Epoch [2][50/100]\tlr: 1.000e-02, "
             "eta: 0:01:00, memory: 1000, loss_cls: 0.5012, loss: 0.8033\n")
    assert read(mmdet) == {"lr": [(2.0, 0.01)], "memory": [(2.0, 1000.0)],
                           "loss_cls": [(2.0, 0.5012)], "loss": [(2.0, 0.8033)]}
    # memory in use is measured as training runs (NOT_METRIC_WORDS leaves it a metric)


def test_a_two_column_table_of_metrics_without_boxes():
    # Lightning's test results when Rich is not installed: a header of two names between rules
    text = ("─" * 60 + "\n       Test metric             DataLoader 0\n" + "─" * 60 + "\n"
            "        test_acc                 0.8125\n        test_loss          0.5123456788063049\n"
            + "─" * 60 + "\n")
    assert read(text) == {"test_acc": [(0.0, 0.8125)], "test_loss": [(0.0, 0.5123456788063049)]}


def test_classification_report_support_is_a_count():
    text = ("              precision    recall  f1-score   support\n\n"
            "           0       0.90      0.85      0.87        20\n"
            "           1       0.86      0.90      0.88        20\n\n"
            "    accuracy                           0.88        40\n")
    assert "support" not in read(text)


def test_a_plain_print_may_end_with_a_full_stop():
    # scikit-learn's KMeans(verbose=1); the scans find the line (a digit then "."), the reader
    # drops the full stop of the line's end only
    text = "Initialization complete\nIteration 0, inertia 123.4.\nIteration 1, inertia 100.2.\n"
    assert read(text)["inertia"] == [(0.0, 123.4), (1.0, 100.2)]
    assert read("Saved 3 files to disk in 0.5.\n") == {}


def test_a_phase_label_with_a_counter_and_progress_gives_the_step():
    # timm's train loop: "Train: <epoch> [<batch>/<batches> (<pct>)]", never a metric "Train"
    text = ("Train: 3 [  50/100 ( 50%)]  Loss: 0.601 (0.647)  LR: 1.000e-03\n"
            "Train: 3 [ 100/100 (100%)]  Loss: 0.588 (0.620)  LR: 1.000e-03\n")
    assert read(text) == {"train/Loss": [(3.0, 0.601), (3.0, 0.588)],
                          "train/LR": [(3.0, 0.001), (3.0, 0.001)]}


def test_output_of_tools_that_are_no_training_holds_no_metric():
    text = ("Receiving objects: 100% (10/10), 1.20 KiB | 1.20 MiB/s, done.\n"  # git clone
            "Resolving deltas: 100% (2/2), done.\n"
            "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
            "                                 Dload  Upload   Total   Spent    Left  Speed\n"
            "100  1234  100  1234    0     0  12345      0 --:--:-- --:--:-- --:--:-- 12345\n"
            "Filesystem      Size  Used Avail Use% Mounted on\n"
            "/dev/vda        252G   69G   33G  68% /\n"
            "              total        used        free      shared  buff/cache   available\n"
            "Mem:        8000000     4000000     2000000       10000     2000000     3500000\n"
            "==================== 5 passed, 1 warning in 0.12s ====================\n")
    assert read(text) == {}


def test_settings_before_a_semicolon_are_not_results():
    # scikit-learn's GridSearchCV(verbose=3): the candidate's settings, ";", its score
    text = ("[CV 1/5] END .................C=1, gamma=0.1;, score=0.900 total time=   0.0s\n"
            "[CV 2/5] END ................C=10, gamma=0.01;, score=0.933 total time=   0.0s\n")
    assert read(text) == {"score": [(0.0, 0.9), (1.0, 0.933)]}
    assert read("dropout=0.2, wd=0.01; val_loss=0.41\n") == {"val_loss": [(0.0, 0.41)]}
    assert read("step=3; loss=0.5\n") == {"step": [(3.0, 3.0)], "loss": [(3.0, 0.5)]}
