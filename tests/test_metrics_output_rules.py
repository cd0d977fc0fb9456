"""What of a program's output is a metric, a config entry, or neither (issue 11, items 2-5, 7):
printed configuration, counts and warnings, phase-qualified names, values and steps, and the
user's ignore_metrics / metrics globs."""

from __future__ import annotations

import json

import pytest

from expctl.metrics import LineSplitter, MetricParser
from expctl.metrics import rules

from .conftest import py, run_expctl


def read(text: str, chunk: int = 4096, **options) -> tuple[dict, list]:
    """(metrics as {name: [(step, value)]}, config entries) as the recorder reads `text`."""
    data = text.encode()
    parser, out = MetricParser(**options), {}
    splitter = LineSplitter(frame_key=parser.frame_key)
    for start in range(0, len(data), chunk):
        parser.parse_text(splitter.feed_text(data[start:start + chunk]), 0.0, out)
    parser.parse_text(splitter.flush_text(), 0.0, out)
    parser.finish(0.0, out)
    return {name: list(zip(s.steps, s.values)) for name, s in out.items()}, parser.params


# -- printed configuration (item 2) -----------------------------------------------------------------

HYDRA_DUMP = """batch_size: 32
lr: 0.003
model:
  name: resnet
  depth: 18
  dropout: 0.1
seed: 0
epoch 1 loss 0.52 acc 0.81
epoch 2 loss 0.41 acc 0.85
"""


@pytest.mark.parametrize("chunk", [4096, 9])
def test_a_yaml_dump_before_training_is_config(chunk):
    metrics, params = read(HYDRA_DUMP, chunk)
    assert set(metrics) == {"epoch", "loss", "acc"}
    assert dict(params) == {"batch_size": "32", "lr": "0.003", "model.name": "resnet",
                            "model.depth": "18", "model.dropout": "0.1", "seed": "0"}


@pytest.mark.parametrize("chunk", [4096, 5])
def test_numeric_key_value_lines_before_training_are_config(chunk):
    metrics, params = read("lr: 0.003\nwarmup: 100\nepoch 1 loss 0.52 acc 0.81\n", chunk)
    assert set(metrics) == {"epoch", "loss", "acc"}
    assert params == [("lr", "0.003"), ("warmup", "100")]


def test_key_value_lines_that_no_training_output_follows_are_results():
    metrics, params = read("accuracy: 0.93\nf1: 0.88\n")
    assert metrics == {"accuracy": [(0.0, 0.93)], "f1": [(0.0, 0.88)]} and params == []


@pytest.mark.parametrize("chunk", [4096, 7])
def test_results_printed_once_before_a_step_line_stay_results(chunk):
    """RESULT_WORDS: a summary of results is not held as config because `epoch: 3` follows;
    settings printed before the first result are still config."""
    text = "lr: 0.01\nloss_weight: 0.5\ntrain_loss: 0.25\nval_acc: 0.91\nf1_macro: 0.8\nepoch: 3\n"
    metrics, params = read(text, chunk)
    assert set(metrics) == {"train_loss", "val_acc", "f1_macro"}  # "epoch: 3" alone: a header
    assert dict(params) == {"lr": "0.01", "loss_weight": "0.5"}


def test_result_names_and_settings_that_mention_a_result():
    assert all(map(rules.is_result_name, ["train_loss", "val acc", "top5_accuracy", "F1", "mAP"]))
    assert not any(map(rules.is_result_name, ["loss_weight", "label_smoothing", "lr", "lossy",
                                              "score_threshold"]))


def test_a_key_printed_again_is_a_metric_not_config():
    metrics, params = read("loss: 0.9\nacc: 0.5\nloss: 0.7\nacc: 0.6\n")
    assert metrics == {"loss": [(0.0, 0.9), (1.0, 0.7)], "acc": [(0.0, 0.5), (1.0, 0.6)]}
    assert params == []


def test_key_value_lines_after_training_started_are_metrics():
    metrics, params = read("epoch 1 loss 0.52 acc 0.81\nbest_acc: 0.81\nbest_epoch: 1\n")
    # (the step prefix "epoch 1" reaches the lines after it, as sklearn's "Validation score")
    assert metrics["best_acc"] == [(1.0, 0.81)] and params == []


@pytest.mark.parametrize(("line", "entries", "left"), [
    ("config steps=400 batch_size=32 lr=0.003",
     [("steps", "400"), ("batch_size", "32"), ("lr", "0.003")], {}),
    ('{"event": "config", "alpha": 0.0001, "seed": 0, "model": {"name": "mlp"}}',
     [("alpha", "0.0001"), ("seed", "0"), ("model.name", "mlp")], {}),
    ("Namespace(lr=0.01, batch_size=32, model='resnet', amp=True)",
     [("lr", "0.01"), ("batch_size", "32"), ("model", "resnet"), ("amp", "True")], {}),
    ("Hyperparameters: lr=0.01 wd=1e-4", [("lr", "0.01"), ("wd", "1e-4")], {}),
    ("2026-01-01 12:00:00 INFO hparams: {'lr': 0.01, 'opt': 'adam'}",
     [("lr", "0.01"), ("opt", "adam")], {}),
    ("[I 2026-01-01 12:00:00,000] Trial 3 finished with value: 0.93 and parameters: "
     "{'C': 1.5, 'gamma': 0.007}.", [("C", "1.5"), ("gamma", "0.007")], {"value": [(0.0, 0.93)]}),
])
def test_lines_marked_as_config(line, entries, left):
    assert read(line + "\n") == (left, entries)


def test_argv_style_config_is_recorded_once_first_printing_wins():
    _, params = read("config lr=0.01\nconfig lr=0.02\n")
    assert params == [("lr", "0.01")]


# -- not metrics (item 3) -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Non-trainable params: 0", "Total params: 74", "Total FLOPs: 0",
    "Total estimated model params size (MB): 0.000", "num decayed parameter tensors: 4",
    "vocab_size: 50257", "Number of trainable parameters = 4,386", "n_updates: 10",
    "[LightGBM] [Warning] No further splits with positive gain, best gain: -inf",
    "[LightGBM] [Info] Total Bins 22", "UserWarning: lr: 0.1 is large",
    "WARNING: loss: nan encountered", "\u2139 Initial learn rate: 0.001",
    "torch version: 2.1.0", "v_num: 3",
])
def test_counts_sizes_versions_and_warnings_are_not_metrics(line):
    assert read(f"epoch 1 loss 0.5 acc 0.9\n{line}\n")[0] == {
        "epoch": [(1.0, 1.0)], "loss": [(1.0, 0.5)], "acc": [(1.0, 0.9)]}


@pytest.mark.parametrize(("name", "setup"), [
    ("Total params", True), ("num_samples", True), ("hidden_size", True), ("v_num", True),
    ("total_loss", False), ("train_samples_per_second", False), ("loss", False),
    ("n_updates", True), ("tokens/s", False), ("val/acc", False),
    # a count word closing a name, "total" before a plural, a structure's level, a verbosity
    ("disk number", True), ("total token number", True), ("worker count", True),
    ("Total mutations", True), ("total rewards", False), ("Total cost", False),
    ("error count", False), ("Input Data Columns", True), ("tree_level", True),
    ("verbosity", True),
])
def test_setup_names_are_told_by_their_words(name, setup):
    assert rules.is_setup_name(name) is setup


# -- phases (item 4) ------------------------------------------------------------------------------------


def test_phase_labels_keep_sections_apart():
    metrics, _ = read("Training Results - Epoch: 1  Avg accuracy: 0.91 Avg loss: 0.30\n"
                      "Validation Results - Epoch: 1  Avg accuracy: 0.89 Avg loss: 0.35\n")
    assert metrics == {"train/Avg accuracy": [(1.0, 0.91)], "train/Avg loss": [(1.0, 0.3)],
                       "val/Avg accuracy": [(1.0, 0.89)], "val/Avg loss": [(1.0, 0.35)]}


@pytest.mark.parametrize(("line", "names"), [
    ("Test set: Average loss: 0.1, Accuracy: 98%", ["test/Average loss", "test/Accuracy"]),
    ("eval: loss=0.3 acc=0.9", ["eval/loss", "eval/acc"]),
    ("  valid | loss 0.5608 | acc 0.8125", ["val/loss", "val/acc"]),
    # a name that says its own phase keeps it (PHASE_FIELD): no "train/val_loss"
    ("train: val_loss=0.3 train_loss=0.2", ["val_loss", "train_loss"]),
    ("RESULT auc=0.98", ["auc"]),
    ("Final: acc=0.9", ["acc"]),
    ("RESULT accuracy: 0.98", ["accuracy"]),
    ("2026-01-01 12:00:00 INFO loss: 0.5 acc: 0.9", ["loss", "acc"]),
    ("Validation score: 0.3", ["Validation score"]),  # the phase word is part of the name
])
def test_leading_labels(line, names):
    assert list(read(line + "\n")[0]) == names


# -- values and steps (item 5) ----------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "points"), [
    ("loss: tensor(0.6815, grad_fn=<NllLossBackward0>) acc: np.float64(0.5)",
     {"loss": [(0.0, 0.6815)], "acc": [(0.0, 0.5)]}),
    ("step 4: loss tensor(0.6475, grad_fn=<NllLossBackward0>)", {"loss": [(4.0, 0.6475)]}),
    ("acc: 0.91 \u00b1 0.02 f1: 0.88", {"acc": [(0.0, 0.91)], "f1": [(0.0, 0.88)]}),
    ("acc: 54 % loss: 0.3", {"acc": [(0.0, 54.0)], "loss": [(0.0, 0.3)]}),
    ("[1/200] 1 tree, 31 leaves, train loss: 0.62", {"train loss": [(1.0, 0.62)]}),
    ("[ep 01/20] train_loss=0.56 val_loss=0.55", {"train_loss": [(1.0, 0.56)],
                                                   "val_loss": [(1.0, 0.55)]}),
    ("INFO:root:step 100: loss=0.25", {"loss": [(100.0, 0.25)]}),
    ("[2026-01-01 12:00:00,123][__main__][INFO] - Epoch 2 loss=0.5", {"loss": [(2.0, 0.5)]}),
])
def test_values_and_steps(line, points):
    assert read(line + "\n")[0] == points


def test_pipe_separated_fields_after_a_step_prefix_skip_a_speed_field():
    text = ("step   12 | loss 0.811 | top1 0.402 | lr 3.0e-04 | 41.7 ms/iter\n"
            "step   24 | loss 0.623 | top1 0.517 | lr 2.5e-04 | 12.2 it/s\n")
    metrics, _ = read(text)
    assert metrics["loss"] == [(12.0, 0.811), (24.0, 0.623)]
    assert metrics["top1"] == [(12.0, 0.402), (24.0, 0.517)]
    assert metrics["lr"] == [(12.0, 3.0e-4), (24.0, 2.5e-4)]
    assert not [name for name in metrics if "ms" in name or "it" in name.split("/")]


def test_a_labelled_dict_of_tensors_and_numpy_scalars():
    text = ("eval scores: {'eval_mae': tensor(0.3150), 'eval_r2': tensor(0.8100)}\n"
            "final: {'holdout_mae': np.float64(0.2875)}\n")
    metrics, _ = read(text)
    assert metrics == {"eval_mae": [(0.0, 0.315)], "eval_r2": [(0.0, 0.81)],
                       "holdout_mae": [(0.0, 0.2875)]}


def test_a_titled_rule_sets_the_step_and_a_gap_set_label_the_phase():
    text = ("\u2501\u2501\u2501 Round 0 \u2501\u2501\u2501\n"
            "\u2500\u2500\u2500\u2500 Epoch 3/8 \u2500\u2500\u2500\u2500\n"
            "   training    mse 1.25  mae 0.75\n"
            "   eval        mse 1.5  mae 0.875\n"
            "\u2550\u2550 Epoch 4/8 \u2550\u2550\n"
            "   training    mse 1.125  mae 0.625\n")
    metrics, _ = read(text)
    assert metrics == {"train/mse": [(3.0, 1.25), (4.0, 1.125)],
                       "train/mae": [(3.0, 0.75), (4.0, 0.625)],
                       "eval/mse": [(3.0, 1.5)], "eval/mae": [(3.0, 0.875)]}


def test_a_titled_rule_without_a_step_ends_the_steps_reach():
    text = ("\u2500\u2500\u2500 Epoch 9/9 \u2500\u2500\u2500\n   training    mse 1.25  mae 0.75\n"
            "\u2500\u2500\u2500 Holdout \u2500\u2500\u2500\n   test    mse 1.5  mae 0.875\n")
    metrics, _ = read(text)
    assert metrics["train/mse"] == [(9.0, 1.25)] and metrics["test/mse"] == [(0.0, 1.5)]


def test_a_final_json_summary_takes_no_earlier_step():
    metrics, _ = read("Epoch 3/3\nloss: 0.5 - acc: 0.9\n{\"final_acc\": 0.9}\n")
    assert metrics["loss"] == [(3.0, 0.5)] and metrics["final_acc"] == [(0.0, 0.9)]


def test_a_line_with_its_own_step_ends_a_headers_reach():
    metrics, _ = read("Epoch 3/10\nstep: 7 loss: 0.4\nbest_loss: 0.3 grad_norm: 0.8\n")
    assert metrics["best_loss"] == [(0.0, 0.3)]
    # an evaluation after it is at that line's step (EVALUATED_AT), not the header's
    metrics, _ = read("Epoch 3/10\nstep: 7 loss: 0.4\nval_loss: 0.3 val_acc: 0.8\n")
    assert metrics["val_loss"] == [(7.0, 0.3)]


def test_rich_bar_wrapped_on_a_pipe_is_joined():
    text = ("Epoch 1/2  \u2501\u2501\u2501\u2501 4/4 0:00:00 \u2022 0:00:00 93.12it/s v_num: 0 train_loss:\n"
            "                                                                  0.020 val/loss: 0.206\n")
    assert read(text)[0] == {"train_loss": [(1.0, 0.02)], "val/loss": [(1.0, 0.206)]}


# -- controls (item 7) ------------------------------------------------------------------------------------


def test_ignore_and_allow_globs():
    text = "step: 1 loss: 0.5 acc: 0.9 grad_norm: 3.1\n"
    assert set(read(text, ignore_metrics=["grad_*"])[0]) == {"step", "loss", "acc"}
    assert set(read(text, metrics=["loss", "a*"])[0]) == {"loss", "acc"}
    assert set(read(text, ignore_metrics=["acc"], metrics=["a*", "l*"])[0]) == {"loss"}


TRAIN = "for i in range(3): print(f'step: {i} loss: {0.5 / (i + 1):.3f} grad_norm: {i}.5')"


def metric_names(ref: str = "last") -> set[str]:
    proc = run_expctl("show", ref, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return {name for name in json.loads(proc.stdout)["metrics"] if not name.startswith("sys/")}


def test_run_options_and_config_keys_choose_metrics(tmp_path):
    proc = run_expctl("run", "-q", "--ignore-metrics", "grad_*", "--", *py(TRAIN))
    assert proc.returncode == 0, proc.stderr
    assert metric_names() == {"step", "loss"}
    (tmp_path / ".expctl").mkdir(exist_ok=True)
    (tmp_path / ".expctl" / "config.toml").write_text('metrics = ["loss"]\n')
    proc = run_expctl("run", "-q", "--", *py(TRAIN))
    assert proc.returncode == 0, proc.stderr
    assert metric_names() == {"loss"}
    proc = run_expctl("run", "-q", "--metrics", "grad_*", "--", *py(TRAIN))  # replaces the config's
    assert proc.returncode == 0, proc.stderr
    assert metric_names() == {"grad_norm"}


def test_reparse_applies_the_globs():
    proc = run_expctl("run", "-q", "--", *py(TRAIN))
    assert proc.returncode == 0, proc.stderr
    assert metric_names() == {"step", "loss", "grad_norm"}
    proc = run_expctl("reparse", "last", "--ignore-metrics", "step")
    assert proc.returncode == 0, proc.stderr
    assert metric_names() == {"loss", "grad_norm"}


def test_a_value_printed_as_the_repr_of_one_number_is_the_number():
    # SCALAR_REPR: JAX's and TensorFlow's scalars, after the pair's "=" or ": "
    text = ("step=25 loss=Array(2.1391697, dtype=float32)\n"
            "step=50 loss=Array(1.4110484, dtype=float32)\n"
            "step=75 acc: tf.Tensor(0.91, shape=(), dtype=float32)\n")
    metrics, _ = read(text)
    assert metrics["loss"] == [(25.0, 2.1391697), (50.0, 1.4110484)]
    assert metrics["acc"] == [(75.0, 0.91)]


def test_a_repr_of_several_numbers_or_outside_a_pair_gives_no_value():
    metrics, _ = read("  (emb): Embedding(201, 64)\n  (bn): BatchNorm1d(64, eps=1e-05)\n"
                      "size=Shape(3, 4)\n")
    assert metrics == {}


def test_pairs_right_under_a_heading_that_closes_a_log_line_take_its_phase():
    # PHASE_HEADING: RecBole's "valid result:" closes a log record; the pairs are under it
    text = ("05 Dec 07:12    INFO  epoch 0 training [time: 0.05s, train loss: 7.6260]\n"
            "05 Dec 07:12    INFO  valid result: \n"
            "recall@10 : 0.0725    ndcg@10 : 0.0309\n"
            "05 Dec 07:12    INFO  epoch 1 training [time: 0.05s, train loss: 7.5418]\n"
            "05 Dec 07:12    INFO  valid result: \n"
            "recall@10 : 0.0750    ndcg@10 : 0.0327\n"
            "summary:\n"
            "recall@10 : 0.0800\n")
    metrics, _ = read(text)
    assert metrics["val/recall@10"] == [(0.0, 0.0725), (1.0, 0.075)]
    assert metrics["val/ndcg@10"] == [(0.0, 0.0309), (1.0, 0.0327)]
    assert "recall@10" in metrics  # under a heading that names no phase: as printed


def test_a_dict_under_a_key_naming_settings_is_config_and_the_block_goes_on_past_it():
    # CONFIG_MARKERS: "_args" ends the key; HEADED_BLOCK: the dict line is one of the block's
    text = ("Training Hyper Parameters:\n"
            "epochs = 6\n"
            "train_neg_sample_args = {'distribution': 'uniform', 'alpha': 1.0, 'candidate_num': 0}\n"
            "eval_step = 1\n"
            "weight_decay = 0.0\n"
            "epoch 0 training [train loss: 7.6260]\n"
            "epoch 1 training [train loss: 7.5418]\n")
    metrics, params = read(text)
    assert set(metrics) == {"train loss"}
    assert {"epochs", "alpha", "candidate_num", "eval_step", "weight_decay"} <= dict(params).keys()


def test_a_count_of_params_before_a_result_stays_a_pair():
    # the identifier form needs a dict or a list after it: "n_params: 5" labels nothing
    metrics, _ = read("step 3: n_params: 1000 loss: 0.25\n")
    assert metrics["loss"] == [(3.0, 0.25)]


def test_a_step_word_and_a_comma_before_a_plain_print_label_the_line():
    # STEP_LABEL: scikit-learn's KMeans(verbose=1) and openTSNE; no "Iteration" series
    text = ("Iteration 0, inertia 50113.77563296109.\n"
            "Iteration 1, inertia 35099.59096642402.\n"
            "Iteration   50, KL divergence 2.1659, 50 iterations in 0.1797 sec\n"
            "  Iteration 2\t time lapse 0.00965s\t ll change 9.84685\n")
    metrics, _ = read(text)
    assert metrics == {"inertia": [(0.0, 50113.77563296109), (1.0, 35099.59096642402)],
                       "KL divergence": [(50.0, 2.1659)], "ll change": [(2.0, 9.84685)]}


def test_a_config_dict_wrapped_by_a_log_handler_stays_config():
    # CALL_ARGS: Rich's RichHandler on a pipe wraps the message at its column
    text = ("[04:38:13] INFO     Hyperparameters: {'lr': 0.05,          train.py:52\n"
            "                    'batch_size': 32, 'epochs': 10,                    \n"
            "                    'hidden': 48, 'momentum': 0.9,                     \n"
            "                    'plateau_patience': 0, 'seed': 1}                  \n"
            "[04:38:15] INFO     Epoch 1/10 - train_loss=1.2497         train.py:81\n")
    metrics, params = read(text)
    assert metrics == {"train_loss": [(1.0, 1.2497)]}
    assert {"hidden", "momentum", "plateau_patience"} <= dict(params).keys()


def test_a_section_of_settings_after_training_output_is_config():
    # SETTINGS_SECTION: pygmo prints each algorithm's settings before its run
    text = ("step 1 loss=0.52\n"
            "step 2 loss=0.41\n"
            "Extra info:\n"
            "\tGenerations: 40\n"
            "\tVariant: 2\n"
            "\tStopping xtol: 1e-06\n"
            "\tMemory: false\n"
            "\tVerbosity: 5\n"
            "step 3 loss=0.33\n")
    metrics, params = read(text)
    assert set(metrics) == {"loss"}
    assert {"Extra info.Variant", "Extra info.Stopping xtol", "Extra info.Verbosity"} <= (
        dict(params).keys())


def test_a_section_of_numbers_or_results_after_training_output_stays_metrics():
    text = ("step 1 loss=0.52\n"
            "Summary:\n"
            "  best loss: 0.41\n"
            "  status: done\n"
            "Counts:\n"
            "  seen: 40\n"
            "  kept: 38\n")
    metrics, _ = read(text)
    assert metrics == {"loss": [(1.0, 0.52)], "best loss": [(1.0, 0.41)],
                       "seen": [(1.0, 40.0)], "kept": [(1.0, 38.0)]}


def test_a_key_of_several_words_flush_left_is_no_setting():
    # lifelines' summary: right-aligned labels, no section above them
    text = ("             duration col = 'T'\n"
            "   number of observations = 432\n"
            "   partial log-likelihood = -658.75\n")
    metrics, _ = read(text)
    assert metrics["partial log-likelihood"] == [(0.0, -658.75)]


def test_settings_after_a_program_tag_before_training_are_config():
    # SETTINGS_LINE: "emcee:" names who prints the line, the pairs are its settings
    text = ("kmeans: d=24 k=32 niter=16 seed=1234\n"
            "  Iteration 0 (0.00 s): objective=196232 imbalance=1.672\n"
            "  Iteration 1 (0.00 s): objective=127755 imbalance=1.244\n")
    metrics, params = read(text)
    assert set(metrics) == {"objective", "imbalance"}
    assert {"d", "k", "niter"} <= dict(params).keys()


def test_lone_pairs_under_a_heading_naming_results_are_never_held_as_config():
    # HEADED_BLOCK: emcee's fit, printed before anything else
    text = ("emcee: nwalkers=32 ndim=3 discard=300\n"
            "Maximum likelihood estimates:\n"
            "m = -0.913\n"
            "b = 4.097\n")
    metrics, params = read(text)
    assert metrics == {"m": [(0.0, -0.913)], "b": [(0.0, 4.097)]}
    assert "m" not in dict(params)


def test_a_config_file_printed_as_python_assignments_is_config():
    # CALL_ARGS: MMEngine prints its Config as Python, one call per key, some over lines
    text = ("optim_wrapper = dict(optimizer=dict(lr=0.1, momentum=0.9, type='SGD'))\n"
            "param_scheduler = dict(\n"
            "    by_epoch=True, gamma=0.1, milestones=[\n"
            "        4,\n"
            "    ], type='MultiStepLR')\n"
            "train_cfg = dict(by_epoch=True, max_epochs=6, val_interval=1)\n"
            "Epoch(train) [1][5/16]  lr: 1.0000e-01  loss: 0.7209\n")
    metrics, params = read(text)
    assert set(metrics) == {"train/lr", "train/loss"}
    assert {"optimizer", "gamma", "max_epochs", "val_interval"} <= dict(params).keys()


def test_an_assignment_of_a_call_naming_results_reports_them():
    metrics, _ = read("scores = dict(val_acc=0.93, f1=0.91)\n")
    assert metrics == {"val_acc": [(0.0, 0.93)], "f1": [(0.0, 0.91)]}


def test_settings_in_the_aside_closing_a_title_are_config():
    # RUN_WITH: EvoTorch's example titles each run with its settings
    text = ("== SNES on rastrigin-8 (popsize=40, stdev_init=2.0)\n"
            "step 10 mean_eval=101.1\n"
            "== CEM on sphere-6 (popsize=40, parenthood_ratio=0.25)\n"
            "step 10 mean_eval=0.25\n"
            "preferred model: gaussian (delta BIC = 159.17)\n")
    metrics, params = read(text)
    assert set(metrics) == {"mean_eval", "delta BIC"}
    assert {"popsize", "stdev_init", "parenthood_ratio"} <= dict(params).keys()


def test_the_step_field_opening_a_record_drawn_between_bars_is_no_pair():
    # PIPE_FIELDS: the PyTorch word-language-model example
    text = ("| epoch   1 |    40/   80 batches | lr 20.00 | ms/batch 238.03 | loss  7.50 | ppl  1806.29\n"
            "| end of epoch   1 | time: 18.21s | valid loss  6.61 | valid ppl   741.87\n")
    metrics, _ = read(text)
    assert metrics == {"lr": [(1.0, 20.0)], "loss": [(1.0, 7.5)], "ppl": [(1.0, 1806.29)],
                       "valid loss": [(1.0, 6.61)], "valid ppl": [(1.0, 741.87)]}
