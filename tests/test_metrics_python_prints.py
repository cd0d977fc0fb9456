"""The everyday ways a Python script prints its results, whatever the library: a dict of scalar
tensors (torchmetrics' ``compute()``) on one line and spread by ``pprint``, a pandas Series, a
DataFrame's ``describe()``, a frame with its row index, a history dict of lists. The texts are
as pandas 3.1, polars 2.1, torch 2.13 and the standard library print them."""

from __future__ import annotations

from tests.metric_reading import read, values


# -- TENSOR_RECORD ---------------------------------------------------------------------------

def test_a_dict_of_scalar_tensors_spread_by_pprint_is_one_record():
    text = ("{'test/acc': tensor(0.5312),\n"
            " 'test/f1': tensor(0.4516),\n"
            " 'test/loss': tensor(0.7580, grad_fn=<NllLossBackward0>),\n"
            " 'test/recall': tensor(0.4250, device='cuda:0')}\n")
    assert values(text) == {"test/acc": [0.5312], "test/f1": [0.4516], "test/loss": [0.758],
                            "test/recall": [0.425]}


def test_a_scalar_tensor_of_nan_in_a_record_is_nan():
    got = values("{'val_loss': tensor(nan),\n 'val_acc': tensor(0.5000)}\n")
    assert got["val_acc"] == [0.5] and got["val_loss"][0] != got["val_loss"][0]


def test_a_tensor_of_several_numbers_is_no_value():
    got = values("{'per_class_acc': tensor([0.9100, 0.8200]),\n 'acc': tensor(0.8650)}\n")
    assert got == {"acc": [0.865]}


# -- SERIES_FOOTER ---------------------------------------------------------------------------

def test_a_series_of_two_results_over_its_dtype_footer_is_read():
    text = "loss    0.512352\nacc     0.561012\ndtype: float64\n"  # print(history.mean())
    assert values(text) == {"loss": [0.512352], "acc": [0.561012]}


def test_the_name_in_a_series_footer_is_no_metric():
    text = ("accuracy     0.9123\nprecision    0.8812\nrecall       0.9345\n"
            "Name: 19, dtype: float64\n")  # print(history.iloc[-1])
    assert values(text) == {"accuracy": [0.9123], "precision": [0.8812], "recall": [0.9345]}


def test_a_series_of_counts_over_an_integer_footer_gives_nothing():
    assert values("age       0\nincome    3\ndtype: int64\n") == {}  # print(df.isna().sum())


def test_a_count_in_a_short_series_is_no_metric():
    got = values("loss           0.31\nn_samples    512.00\ndtype: float64\n")
    assert got == {"loss": [0.31]}


# -- STATISTIC_ROWS --------------------------------------------------------------------------

DESCRIBED_FOLDS = """\
           fold  accuracy        f1
count  5.000000  5.000000  5.000000
mean   2.000000  0.560170  0.703785
std    1.581139  0.319054  0.258416
min    0.000000  0.040218  0.350555
25%    1.000000  0.569026  0.532160
50%    2.000000  0.583320  0.813244
75%    3.000000  0.711487  0.825957
max    4.000000  0.896801  0.997010
"""


def test_describe_over_result_columns_gives_its_statistics_but_the_count():
    got = read(DESCRIBED_FOLDS)
    assert sorted(got) == ["max/accuracy", "max/f1", "mean/accuracy", "mean/f1", "min/accuracy",
                           "min/f1", "std/accuracy", "std/f1"]
    assert got["mean/accuracy"] == [(0.0, 0.56017)]  # no step from fold's mean (2.0)
    assert got["std/f1"] == [(0.0, 0.258416)]


def test_describe_over_a_data_sets_features_gives_nothing():
    text = ("       sepal_length  petal_width\n"
            "count    150.000000   150.000000\n"
            "mean       5.613059     1.085719\n"
            "std        0.902318     0.592604\n"
            "min        4.008216     0.000601\n"
            "max        6.991630     1.989835\n")
    assert read(text) == {}


# -- FRAME_INDEX -----------------------------------------------------------------------------

CUT_HISTORY = """\
        loss  accuracy
0   0.175656  0.957210
1   0.863179  0.148764
2   0.541461  0.972629
..       ...       ...
77  0.014706  0.315944
78  0.863640  0.182712
79  0.981195  0.880098

[80 rows x 2 columns]
"""


def test_a_frames_index_is_the_rows_step_past_the_cut():
    got = read(CUT_HISTORY)
    assert [step for step, _ in got["loss"]] == [0, 1, 2, 77, 78, 79]
    assert got["accuracy"][-1] == (79.0, 0.880098)


def test_a_second_frame_of_the_same_names_starts_again_at_its_index():
    frame = ("   train_loss  val_acc\n"
             "0    0.636962  0.815854\n"
             "1    0.269787  0.002739\n")
    got = read(frame + frame.replace("0.6", "0.5"))
    assert got["train_loss"] == [(0.0, 0.636962), (1.0, 0.269787), (0.0, 0.536962)]


def test_a_wrapped_frames_blocks_share_the_index():
    text = ("   train_loss  val_loss  val_accuracy  val_precision  val_recall  \\\n"
            "0    0.511822  0.311831      0.549594       0.329732    0.134042   \n"
            "1    0.950464  0.423326      0.027559       0.788429    0.403113   \n"
            "\n"
            "   learning_rate  grad_norm  \n"
            "0         0.1000   0.750365  \n"
            "1         0.0500   0.280409  \n")
    got = read(text)
    assert got["val_recall"] == [(0.0, 0.134042), (1.0, 0.403113)]
    assert got["learning_rate"] == [(0.0, 0.1), (1.0, 0.05)]


def test_a_wrapped_frames_last_block_of_one_column_is_stepped_by_the_index():
    text = ("    train_loss  train_accuracy  val_loss  val_accuracy  learning_rate  \\\n"
            "0     0.549914         0.84375  0.557958      0.828125       0.400000   \n"
            "1     0.485137         0.84375  0.498732      0.828125       0.360000   \n"
            "\n"
            "    last_grad_norm  \n"
            "0         0.247106  \n"
            "1         0.186848  \n")
    got = read(text)
    assert got["last_grad_norm"] == [(0.0, 0.247106), (1.0, 0.186848)]
    assert not any(name.startswith("0/") for name in got)


POLARS_DESCRIBED = """\
shape: (9, 3)
┌────────────┬──────────┬──────────┐
│ statistic  ┆ accuracy ┆ f1       │
│ ---        ┆ ---      ┆ ---      │
│ str        ┆ f64      ┆ f64      │
╞════════════╪══════════╪══════════╡
│ count      ┆ 5.0      ┆ 5.0      │
│ null_count ┆ 0.0      ┆ 0.0      │
│ mean       ┆ 0.374358 ┆ 0.336411 │
│ std        ┆ 0.319883 ┆ 0.286026 │
│ min        ┆ 0.058568 ┆ 0.052021 │
│ 25%        ┆ 0.150279 ┆ 0.198513 │
│ 50%        ┆ 0.336117 ┆ 0.230642 │
│ 75%        ┆ 0.450339 ┆ 0.404552 │
│ max        ┆ 0.876484 ┆ 0.796324 │
└────────────┴──────────┴──────────┘
"""


def test_polars_describe_names_each_statistic_and_counts_nothing():
    got = values(POLARS_DESCRIBED)
    assert got["mean/accuracy"] == [0.374358] and got["max/f1"] == [0.796324]
    assert got["25%/accuracy"] == [0.150279]
    assert not {"accuracy", "f1", "statistic", "count/accuracy", "null_count/f1"} & set(got)


# -- HISTORY_LISTS ---------------------------------------------------------------------------

def test_a_history_dict_of_lists_gives_a_point_an_epoch():
    got = read("{'loss': [0.6931, 0.5123, 0.4011], 'val_loss': [0.7012, 0.6011, 0.5512]}\n")
    assert got == {"loss": [(0.0, 0.6931), (1.0, 0.5123), (2.0, 0.4011)],
                   "val_loss": [(0.0, 0.7012), (1.0, 0.6011), (2.0, 0.5512)]}


def test_a_history_dict_spread_by_pprint_is_read_whole():
    text = ("{'accuracy': [0.5436, 0.9351, 0.8159],\n"
            " 'val_accuracy': [0.6154,\n"
            "                  0.3837,\n"
            "                  0.9972]}\n")
    got = read(text)
    assert got["val_accuracy"] == [(0.0, 0.6154), (1.0, 0.3837), (2.0, 0.9972)]
    assert got["accuracy"][2] == (2.0, 0.8159)


def test_cross_validate_arrays_give_the_scores_and_not_the_times():
    text = ("{'fit_time': array([0.13509651, 0.72148834]), 'score_time': array([0.00889488, "
            "0.00934044]), 'test_accuracy': array([0.59430003, 0.33791123])}\n")
    assert read(text) == {"test_accuracy": [(0.0, 0.59430003), (1.0, 0.33791123)]}


def test_a_configs_lists_are_no_series():
    text = "{'betas': [0.9, 0.999], 'hidden_sizes': [64, 64], 'loss_weights': [1.0, 0.5]}\n"
    assert read(text) == {}


# -- PHASE_COLUMN ----------------------------------------------------------------------------

LONG_HISTORY = """\
   epoch  split      loss  accuracy
0      1  train  0.636962  0.606636
1      1    val  0.269787  0.729497
2      2  train  0.040974  0.543625
3      2    val  0.016528  0.935072
"""


def test_a_phase_column_qualifies_each_rows_names_at_the_epoch():
    got = read(LONG_HISTORY)
    assert got == {"train/loss": [(1.0, 0.636962), (2.0, 0.040974)],
                   "train/accuracy": [(1.0, 0.606636), (2.0, 0.543625)],
                   "val/loss": [(1.0, 0.269787), (2.0, 0.016528)],
                   "val/accuracy": [(1.0, 0.729497), (2.0, 0.935072)]}


def test_a_phase_column_without_the_index_reads_alike():
    text = (" epoch split     loss  accuracy\n"
            "     1 train 0.636962  0.606636\n"
            "     1 valid 0.269787  0.729497\n")
    assert read(text) == {"train/loss": [(1.0, 0.636962)], "train/accuracy": [(1.0, 0.606636)],
                          "val/loss": [(1.0, 0.269787)], "val/accuracy": [(1.0, 0.729497)]}


def test_a_column_of_words_that_are_no_phases_is_no_phase_column():
    text = ("   epoch   model      loss\n"
            "0      1  logreg  0.636962\n"
            "1      1     mlp  0.269787\n")
    assert not any("/" in name for name in read(text))


# -- NUMBERED_COLUMNS ------------------------------------------------------------------------

def test_a_history_on_its_side_gives_a_series_a_row():
    text = ("                   0         1         2\n"
            "train_loss  0.857404  0.033586  0.729655\n"
            "val_loss    0.175656  0.863179  0.541461\n")
    assert read(text) == {"train_loss": [(0.0, 0.857404), (1.0, 0.033586), (2.0, 0.729655)],
                          "val_loss": [(0.0, 0.175656), (1.0, 0.863179), (2.0, 0.541461)]}


def test_a_numbered_header_is_no_row_of_the_table_above():
    text = ("        accuracy        f1\n"
            "split                     \n"
            "train   0.315907  0.626586\n"
            "test    0.580851  0.584555\n"
            "                   0         1         2\n"
            "n_samples       120       120       120\n")
    got = values(text)
    assert got == {"train/accuracy": [0.315907], "train/f1": [0.626586],
                   "test/accuracy": [0.580851], "test/f1": [0.584555]}


# -- PHASE_NAMED_COLUMNS ---------------------------------------------------------------------

def test_columns_named_by_phases_lead_the_rows_names():
    text = ("            val  test\n"
            "accuracy   0.91  0.89\n"
            "precision  0.88  0.85\n"
            "recall     0.86  0.84\n")  # pd.concat([val, test], axis=1)
    assert values(text) == {"val/accuracy": [0.91], "test/accuracy": [0.89],
                            "val/precision": [0.88], "test/precision": [0.85],
                            "val/recall": [0.86], "test/recall": [0.84]}


def test_a_series_describe_names_its_statistics_by_the_series_name():
    text = ("count    5.000000\nmean     0.355504\nstd      0.357054\nmin      0.016528\n"
            "25%      0.040974\n50%      0.269787\n75%      0.636962\nmax      0.813270\n"
            "Name: accuracy, dtype: float64\n")
    assert values(text) == {"mean/accuracy": [0.355504], "std/accuracy": [0.357054],
                            "min/accuracy": [0.016528], "max/accuracy": [0.81327]}


def test_a_features_series_describe_gives_nothing():
    text = ("count    150.000000\nmean       5.613059\nstd        0.902318\nmin        4.008216\n"
            "max        6.991630\nName: sepal_length, dtype: float64\n")
    assert values(text) == {}


# -- MISSING_CELL ----------------------------------------------------------------------------

def test_a_frames_nan_cell_is_no_value():
    text = ("   epoch  train_loss  val_loss\n"
            "0      1    0.636962       NaN\n"
            "1      2    0.269787      0.51\n"
            "2      3    0.040974       NaN\n")
    got = read(text)
    assert got["val_loss"] == [(2.0, 0.51)]
    assert got["train_loss"] == [(1.0, 0.636962), (2.0, 0.269787), (3.0, 0.040974)]


# -- GROUPED_COLUMNS -------------------------------------------------------------------------

def test_a_two_row_header_groups_its_columns():
    text = ("       accuracy                  f1          \n"
            "           mean       std      mean       std\n"
            "split                                        \n"
            "train  0.315907  0.300659  0.626586  0.094528\n"
            "valid  0.580851  0.491243  0.584555  0.507381\n")  # groupby("split").agg([...])
    assert values(text) == {"train/accuracy/mean": [0.315907], "train/accuracy/std": [0.300659],
                            "train/f1/mean": [0.626586], "train/f1/std": [0.094528],
                            "val/accuracy/mean": [0.580851], "val/accuracy/std": [0.491243],
                            "val/f1/mean": [0.584555], "val/f1/std": [0.507381]}


# -- SHORT_ROW_EDGES -------------------------------------------------------------------------

GROUPED_THEN_SERIES = (
    "              loss                 acc          \n"
    "              mean       std      mean       std\n"
    "split                                           \n"
    "train     0.483126  0.023719  0.786458  0.078644\n"
    "valid     0.518292  0.016715  0.786458  0.078644\n"
    "accuracy     0.750000\n"
    "precision    0.659574\n"
    "recall       0.775000\n"
    "Name: test, dtype: float64\n"
    "count    20.000000\n"
    "mean      0.755500\n"
    "std       0.035611\n"
    "min       0.710000\n"
    "max       0.820000\n"
    "Name: test_accuracy, dtype: float64\n"
)


def test_lines_after_a_frame_are_no_short_rows_of_it():
    got = values(GROUPED_THEN_SERIES)
    assert got["train/loss/mean"] == [0.483126] and got["val/loss/mean"] == [0.518292]
    assert got["test/accuracy"] == [0.75] and got["test/recall"] == [0.775]  # SERIES_NAME
    assert got["mean/test_accuracy"] == [0.7555]


def test_a_reports_short_row_under_its_columns_is_still_read():
    text = ("              precision    recall  f1-score   support\n"
            "\n"
            "      setosa       1.00      1.00      1.00        21\n"
            "  versicolor       0.95      0.95      0.95        20\n"
            "\n"
            "    accuracy                           0.97        41\n")
    assert values(text)["accuracy"] == [0.97]


# -- ELIDED_COLUMNS (polars) -----------------------------------------------------------------

POLARS_WIDE = (
    "shape: (2, 13)\n"
    "┌───────┬────────────┬───────────┬───┬───────────┬───────────┐\n"
    "│ epoch ┆ train_loss ┆ train_acc ┆ … ┆ lr_scale  ┆ grad_norm │\n"
    "│ ---   ┆ ---        ┆ ---       ┆   ┆ ---       ┆ ---       │\n"
    "│ i64   ┆ f64        ┆ f64       ┆   ┆ f64       ┆ f64       │\n"
    "╞═══════╪════════════╪═══════════╪═══╪═══════════╪═══════════╡\n"
    "│ 1     ┆ 0.636962   ┆ 0.016528  ┆ … ┆ 0.688447  ┆ 0.721488  │\n"
    "│ 2     ┆ 0.269787   ┆ 0.81327   ┆ … ┆ 0.388921  ┆ 0.525354  │\n"
    "└───────┴────────────┴───────────┴───┴───────────┴───────────┘\n"
)


def test_a_polars_frame_cut_across_keeps_its_shown_columns():
    got = read(POLARS_WIDE)
    assert got["train_loss"] == [(1.0, 0.636962), (2.0, 0.269787)]
    assert got["grad_norm"] == [(1.0, 0.721488), (2.0, 0.525354)]
    assert not any("…" in name for name in got)


# -- SERIES_COLUMN ---------------------------------------------------------------------------

def test_a_frames_column_printed_alone_is_its_series_at_the_index():
    text = ("0     0.815854\n1     0.002739\n2          NaN\n        ...   \n"
            "78    0.114933\n79    0.729015\nName: val_loss, Length: 80, dtype: float64\n")
    assert read(text) == {"val_loss": [(0.0, 0.815854), (1.0, 0.002739), (78.0, 0.114933),
                                       (79.0, 0.729015)]}


def test_a_column_of_a_feature_or_of_counts_gives_nothing():
    assert read("0    5.1\n1    4.9\nName: sepal_length, dtype: float64\n") == {}
    assert read("0    12\n1    30\nName: loss, dtype: int64\n") == {}


def test_a_column_printed_after_an_aligned_table_is_no_short_row_of_it():
    text = (" epoch  val_loss  val_accuracy\n"
            "    12  0.400724        0.8125\n"
            "    11  0.402912        0.8125\n"
            "0     0.557958\n"
            "1     0.498732\n"
            "10    0.402912\n"
            "11    0.400724\n"
            "Name: val_loss, dtype: float64\n")
    got = read(text)
    assert got["val_loss"] == [(12.0, 0.400724), (11.0, 0.402912), (0.0, 0.557958),
                               (1.0, 0.498732), (10.0, 0.402912), (11.0, 0.400724)]


# -- SERIES_NAME -----------------------------------------------------------------------------

def test_series_named_for_phases_keep_their_splits_apart():
    text = ("accuracy     0.91\nprecision    0.88\nrecall       0.86\nName: val, dtype: float64\n"
            "accuracy     0.89\nprecision    0.85\nrecall       0.84\nName: test, dtype: float64\n")
    assert values(text) == {"val/accuracy": [0.91], "val/precision": [0.88],
                            "val/recall": [0.86], "test/accuracy": [0.89],
                            "test/precision": [0.85], "test/recall": [0.84]}


def test_a_short_series_named_for_a_phase_is_qualified_too():
    assert values("loss    0.41\nacc     0.87\nName: test_scores, dtype: float64\n") == {
        "test/loss": [0.41], "test/acc": [0.87]}


def test_a_series_named_otherwise_keeps_its_labels():
    text = "accuracy     0.91\nprecision    0.88\nrecall       0.86\nName: logreg, dtype: float64\n"
    assert values(text) == {"accuracy": [0.91], "precision": [0.88], "recall": [0.86]}


# -- REPR_RECORD -----------------------------------------------------------------------------

def test_a_dataclass_of_dataclasses_is_a_nested_record():
    text = "Result(epoch=3, train=Metrics(loss=0.31, acc=0.9), val=Metrics(loss=0.42, acc=0.87))\n"
    got = read(text)
    assert got["train/loss"] == [(3.0, 0.31)] and got["val/acc"] == [(3.0, 0.87)]
    assert "loss" not in got


def test_a_repr_of_settings_is_no_record_of_results():
    text = "TrainConfig(lr=0.001, optimizer=AdamConfig(beta1=0.9, beta2=0.999), seed=0)\n"
    assert not any("/" in name for name in read(text))


def test_a_frames_to_dict_and_to_json_give_series_at_the_index():
    as_dict = "{'loss': {0: 0.5, 1: 0.4, 2: 0.35}, 'acc': {0: 0.8, 1: 0.85, 2: 0.87}}\n"
    as_json = '{"loss":{"1":0.5,"2":0.4},"acc":{"1":0.8,"2":0.85}}\n'
    assert read(as_dict)["loss"] == [(0.0, 0.5), (1.0, 0.4), (2.0, 0.35)]
    assert read(as_json) == {"loss": [(1.0, 0.5), (2.0, 0.4)], "acc": [(1.0, 0.8), (2.0, 0.85)]}


def test_results_keyed_by_k_are_no_series():
    got = read('{"recall_at_k": {"1": 0.41, "5": 0.73, "10": 0.86}}\n')
    assert "recall_at_k" not in got and got["recall_at_k/5"] == [(0.0, 0.73)]


def test_a_repr_holding_a_dict_and_no_record_is_left_to_the_pairs():
    text = ("TrainOutput(global_step=30, training_loss=0.6512, metrics={'train_runtime': 5.1234, "
            "'train_loss': 0.6512, 'epoch': 3.0})\n")  # Hugging Face's trainer.train()
    got = read(text)
    assert got["train_loss"] == [(3.0, 0.6512)] and not any("/" in name for name in got)


# -- SQUARE_MATRIX ---------------------------------------------------------------------------

def test_a_correlation_matrix_of_the_data_gives_nothing():
    text = ("              sepal_length  sepal_width  petal_length\n"
            "sepal_length      1.000000     0.078563      0.053598\n"
            "sepal_width       0.078563     1.000000     -0.065413\n"
            "petal_length      0.053598    -0.065413      1.000000\n")  # print(df.corr())
    assert read(text) == {}


def test_a_table_of_models_by_results_is_no_square_matrix():
    text = ("        accuracy        f1\n"
            "logreg  0.315907  0.626586\n"
            "mlp     0.580851  0.584555\n")
    assert values(text) == {"logreg/accuracy": [0.315907], "logreg/f1": [0.626586],
                            "mlp/accuracy": [0.580851], "mlp/f1": [0.584555]}


# -- POLARS_SERIES ---------------------------------------------------------------------------

def test_a_polars_series_is_its_named_series_by_position_past_the_cut():
    text = ("shape: (40,)\nSeries: 'train_loss' [f64]\n[\n"
            "\t0.9\n\t0.89\n\t…\n\t0.52\n\t0.51\n]\n")
    assert read(text) == {"train_loss": [(0.0, 0.9), (1.0, 0.89), (38.0, 0.52), (39.0, 0.51)]}


def test_a_polars_series_of_a_feature_gives_nothing():
    assert read("shape: (2,)\nSeries: 'age' [f64]\n[\n\t5.1\n\t4.9\n]\n") == {}


POLARS_ONE_CELL = (
    "shape: (1, 1)\n"
    "┌──────────┐\n"
    "│ val_loss │\n"
    "│ ---      │\n"
    "│ f64      │\n"
    "╞══════════╡\n"
    "│ 0.533333 │\n"
    "└──────────┘\n"
)


def test_a_polars_frame_of_one_cell_is_its_columns_point():
    assert values(POLARS_ONE_CELL) == {"val_loss": [0.533333]}


def test_a_panels_line_holding_a_number_is_no_polars_cell():
    assert values("╭──────────╮\n│ 0.533333 │\n╰──────────╯\n") == {}
