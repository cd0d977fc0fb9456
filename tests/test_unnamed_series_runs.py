"""Series whose names no vocabulary knows, read from structure: a labelled table holding a step
column (LABELLED_ROWS), and a run of ``name number`` lines whose value changes (RESULT_RUN)."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str) -> dict[str, list[tuple[float, float]]]:
    return read_with_params(data, 4096)[0]


_HISTORY = (
    "Scoring History: \n"
    "    timestamp            duration    number_of_trees    training_zorv    training_blent\n"
    "--  -------------------  ----------  -----------------  ---------------  ----------------\n"
    "    2026-12-05 14:47:47  0.164 sec   0                  0.496693         0.686541\n"
    "    2026-12-05 14:47:49  1.444 sec   5                  0.417094         0.536176\n"
    "    2026-12-05 14:47:49  1.856 sec   10                 0.375169         0.458506\n")


def test_a_table_with_a_step_column_reads_unknown_columns_at_its_steps():
    metrics = read(_HISTORY)
    assert metrics["training_zorv"] == [(0.0, 0.496693), (5.0, 0.417094), (10.0, 0.375169)]
    assert metrics["training_blent"] == [(0.0, 0.686541), (5.0, 0.536176), (10.0, 0.458506)]


def test_the_same_table_without_a_step_column_names_no_result_and_gives_nothing():
    text = _HISTORY.replace("number_of_trees", "number_of_zorps")
    assert read(text) == {}


def test_a_run_of_one_unknown_name_over_changing_values_is_a_series():
    text = "Zugaleni 0.46875\nZugaleni 0.53125\nZugaleni 0.65625\n"
    assert read(text) == {"Zugaleni": [(0.0, 0.46875), (1.0, 0.53125), (2.0, 0.65625)]}


def test_an_unknown_name_repeating_one_value_or_a_setup_word_is_no_run():
    assert read("Zugaleni 0.5\nZugaleni 0.5\n") == {}
    assert read("tolerance 0.5\ntolerance 0.25\n") == {}


def test_a_group_of_settings_before_an_unknown_name_is_no_series():
    # SETTINGS_GROUP: the grid's settings, closed by ";" or a colon, then what was measured.
    text = ("[CV 1/3] END ....C=0.1, gamma=0.01;, zigel=0.790 total time=   0.0s\n"
            "[CV 2/3] END ....C=0.1, gamma=0.01;, zigel=0.740 total time=   0.0s\n"
            "log2c=-1 log2g=-7: Zonod Validation Zugaleni = 92.0188%\n"
            "log2c=1 log2g=-7: Zonod Validation Zugaleni = 95.0704%\n")
    metrics = read(text)
    assert "gamma" not in metrics and "log2c" not in metrics and "log2g" not in metrics
    assert [value for _, value in metrics["zigel"]] == [0.79, 0.74]
    assert [value for _, value in metrics["Zonod Validation Zugaleni"]] == [92.0188, 95.0704]


_FOLDS = ("                  Fold 1  Fold 2  Fold 3  {stat}    Std     \n"
          "ZORV (testset)    0.9882  0.9737  1.0146  0.9922  0.0169  \n"
          "BLENT (testset)   0.8366  0.8255  0.8625  0.8415  0.0155  \n")


def test_numbered_repeats_beside_their_mean_head_rows_of_results_of_any_name():
    metrics = read(_FOLDS.format(stat="Mean"))
    assert metrics["ZORV (testset)/Fold 2"] == [(0.0, 0.9737)]
    assert metrics["BLENT (testset)/Mean"] == [(0.0, 0.8415)]


def test_numbered_columns_without_a_statistic_of_them_head_nothing_unknown():
    assert read(_FOLDS.format(stat="Zint").replace("Std ", "Zorb")) == {}
