"""Shapes of the eleventh corpus half's development cases, written with names and numbers of
our own: a table of a model's diagnostics over parts of the data (PART_ROWS), a scoring
history stepped by the count of what it has grown (GROWN_COUNT)."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_table_over_parts_of_the_data_labels_its_rows_and_gives_no_series():
    text = ("Decile summary: mean hit rate: 31.5 %\n"
            "bin    share    hit_rate    uplift\n"
            "-----  -------  ----------  --------\n"
            "1      0.10     0.62        1.97\n"
            "2      0.20     0.48        1.52\n"
            "3      0.30     0.21        0.67\n")
    got = read(text)
    assert got["1/hit_rate"] == [(0.0, 0.62)] and got["3/uplift"] == [(0.0, 0.67)]
    assert not {"share", "hit_rate", "uplift", "bin"} & set(got)


def test_a_history_keyed_by_time_steps_by_the_count_of_what_it_has_grown():
    text = ("History:\n"
            "    stamp                wall        number_of_rounds    train_rmse    valid_rmse\n"
            "--  -------------------  ----------  ------------------  ------------  ------------\n"
            "    2026-01-02 10:00:01  0.10 sec    0                   0.90          0.95\n"
            "    2026-01-02 10:00:02  0.52 sec    10                  0.41          0.47\n"
            "    2026-01-02 10:00:03  0.93 sec    20                  0.32          0.44\n")
    got = read(text)
    assert got["train_rmse"] == [(0.0, 0.9), (10.0, 0.41), (20.0, 0.32)]
    assert got["valid_rmse"] == [(0.0, 0.95), (10.0, 0.47), (20.0, 0.44)]
    assert "number_of_rounds" not in got


def test_a_count_set_for_the_run_is_no_step_column():
    from expctl.metrics import rules
    assert rules.step_column_rank("number_of_trees") is not None
    assert rules.step_column_rank("number_of_internal_trees") is None
    assert rules.step_column_rank("number_of_features") is None


def test_a_framed_banner_naming_a_phase_qualifies_the_block_under_it():
    text = ("Scores: forest\n"
            "== Measured on the validation split. ==\n"
            "\n"
            "Brier: 0.18\n"
            "Mean Abs Error: 0.33\n"
            "Kappa: 0.61\n"
            "\n"
            "Calibration plot for bins @ cutoff = 0.5\n"
            "Scores: forest\n"
            "== Measured on test rows. ==\n"
            "\n"
            "Brier: 0.21\n")
    got = read(text)
    assert got["val/Brier"] == [(0.0, 0.18)] and got["val/Kappa"] == [(0.0, 0.61)]
    assert got["val/Mean Abs Error"] == [(0.0, 0.33)]
    assert got["test/Brier"] == [(0.0, 0.21)]
    assert "val/cutoff" not in got and "Brier" not in got


def test_a_banner_naming_two_phases_or_none_qualifies_nothing():
    from expctl.metrics import rules
    assert rules.framed_phase("** Reported on train data. **") == "train"
    assert rules.framed_phase("** train vs test **") is None
    assert rules.framed_phase("** Summary **") is None
    assert rules.framed_phase("** train 3 **") is None  # a number: no banner


def test_r_row_names_under_a_blank_lead_are_no_cell_of_a_one_space_table():
    text = ("   Nz  %Fit  Alpha\n"
            "1   0  0.00 4.2000\n"
            "2   1 31.50 2.1000\n"
            "10  3 77.25 0.0420\n")
    got = read(text)
    assert got["%Fit"] == [(0.0, 0.0), (1.0, 31.5), (2.0, 77.25)]
    assert got["Alpha"] == [(0.0, 4.2), (1.0, 2.1), (2.0, 0.042)]


def test_bars_parting_groups_of_columns_over_barred_rows_step_by_the_tree_column():
    text = ("      |     Held-out     |\n"
            "Tree  |     RSS  %Err(z) |\n"
            "   5  |   1.250    12.50 |\n"
            "  10  |     1.1    11.75 |\n")
    got = read(text)
    assert got == {"RSS": [(5.0, 1.25), (10.0, 1.1)], "%Err(z)": [(5.0, 12.5), (10.0, 11.75)]}


def test_a_trace_keyed_by_a_step_and_a_colon_under_numbered_classes():
    text = ("ntree      OOB      1      2\n"
            "    5:  12.50%  3.00%  9.00%\n"
            "   15:  10.00%  2.00%  8.50%\n")
    got = read(text)
    assert got == {"OOB": [(5.0, 12.5), (15.0, 10.0)], "1": [(5.0, 3.0), (15.0, 2.0)],
                   "2": [(5.0, 9.0), (15.0, 8.5)]}


def test_numbers_alone_or_first_are_no_header_of_classes():
    from expctl.metrics.headers import _class_numbers
    assert _class_numbers(["ntree", "OOB", "1", "2"])
    assert not _class_numbers(["ntree", "1", "2", "3"])  # no name among them: a row
    assert not _class_numbers(["loss", "OOB", "1", "2"])  # no step column first


def _ruled_row(kind: str, route: str, hits: str, mean: str, p90: str, ops: str) -> str:
    return f"{kind:<7}{route:<15}{hits:>6} |{mean:>7}{p90:>7} |{ops:>8}\n"


def test_a_table_ruled_with_junctions_reads_its_rows_by_the_rule():
    header = _ruled_row("Kind", "Route", "# hits", "Mean", "P90", "ops/s")
    rule = "------|--------------|-------|-------|-------|--------\n"
    text = ""
    for mean in ("12.5", "13.0"):
        text += (header + rule + _ruled_row("PUT", "/a/b", "12", mean, "20.1", "4.20")
                 + _ruled_row("GET", "/c", "7", "8.25", "9.9", "2.10") + rule
                 + _ruled_row("", "Total", "19", "11.00", "19.0", "6.30") + "\n")
    got = read(text)
    assert got["PUT /a/b/Mean"] == [(0.0, 12.5), (1.0, 13.0)]
    assert got["GET /c/P90"] == [(0.0, 9.9), (1.0, 9.9)]
    assert got["Total/ops/s"] == [(0.0, 6.3), (1.0, 6.3)]
    assert not any("# hits" in name for name in got)


def test_a_rule_with_one_junction_or_a_number_for_a_name_makes_no_ruled_table():
    from expctl.metrics.ruled import find_ruled
    assert find_ruled(["# n   Error", "------|------"]) is None
    assert find_ruled(["12   13   14", "----|----|----"]) is None
    assert find_ruled(["A    B    C", "----|----|----"]) is not None


def test_a_label_of_words_set_right_names_its_value_whole():
    text = ("== a fit of ours\n"
            "          Sum of absolute deviations: 3.25\n"
            "                     % Share covered: 61.5\n"
            "      Rate of  misses on holdout: 7%\n")
    got = read(text)
    assert got == {"Sum of absolute deviations": [(0.0, 3.25)], "% Share covered": [(0.0, 61.5)],
                   "Rate of  misses on holdout": [(0.0, 7.0)]}
