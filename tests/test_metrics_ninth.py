"""Rules written from the structure of the ninth half's output (issue 11: simulation codes'
values with units, a data writer's quoted CSV/TSV header, an optimiser's tagged rows, a
benchmark's statistic with its spread, an evaluation's label qualified by its settings), each
checked on invented lines: one that the rule reads, and a look-alike it must leave alone."""

from __future__ import annotations

from expctl.metrics.units import is_unit, strip_unit
from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- UNIT_VALUE: a value followed by a physical unit stands ----------------------------------------


def test_pairs_with_physical_units_after_their_values_are_read():
    text = ("r = 1.20 Ang  Epot = -3.7710 kcal/mol  p = 2.5 MPa\n"
            "r = 1.25 Ang  Epot = -3.9021 kcal/mol  p = 2.1 MPa\n")
    assert read(text)[0] == {"r": [(0.0, 1.2), (1.0, 1.25)],
                             "Epot": [(0.0, -3.771), (1.0, -3.9021)],
                             "p": [(0.0, 2.5), (1.0, 2.1)]}


def test_a_colon_pair_with_a_unit_and_an_aside_is_read():
    assert read("binding energy: -12.875 meV (0.4 meV/atom)\n")[0] == {
        "binding energy": [(0.0, -12.875)]}


def test_a_value_followed_by_a_word_that_is_no_unit_stays_prose():
    # A look-alike: "cores" and "seconds" are no physical unit; the number is a sentence's.
    assert read("using: 4 GPU cores\ntook: 0.01 seconds\n")[0] == {}


def test_the_unit_vocabulary():
    assert all(map(is_unit, ["K", "eV", "kJ/mol", "nm^3", "g/mL", "A^3", "GPa", "eV/atom"]))
    assert not any(map(is_unit, ["%", "MB", "ms", "cores", "micro", "AP", "second"]))


# -- UNIT_IN_NAME: a unit in brackets or parentheses is no part of a name --------------------------


def test_a_unit_in_parentheses_before_a_colon_leaves_the_name():
    text = "block averages:\n  mean pressure (bar): 1.0132\n  mean volume (nm^3): 27.51\n"
    assert read(text)[0] == {"mean pressure": [(0.0, 1.0132)], "mean volume": [(0.0, 27.51)]}


def test_units_in_an_aligned_header_leave_the_column_names():
    text = ("Time[fs]  Ecoh[eV]    P[GPa]\n"
            "0.0        -3.541      12.1\n"
            "2.0        -3.522      11.7\n")
    assert read(text)[0] == {"Ecoh": [(0.0, -3.541), (1.0, -3.522)],
                             "P": [(0.0, 12.1), (1.0, 11.7)]}


def test_a_percent_or_a_byte_count_stays_part_of_a_name():
    assert strip_unit("val acc (%)") == "val acc (%)"
    assert strip_unit("Params size (MB)") == "Params size (MB)"
    assert strip_unit("F-score (micro)") == "F-score (micro)"
    assert strip_unit("Density (g/mL)") == "Density"


# -- COMMA_TABLE: a data writer's header, behind a comment mark, its names quoted ------------------


def test_a_quoted_csv_header_behind_a_comment_mark_names_its_columns():
    text = ('#"Iteration","Free Energy (kcal/mol)","Pressure (atm)"\n'
            "10,-51.25,0.98\n"
            "20,-52.75,1.01\n")
    assert read(text)[0] == {"Free Energy": [(10.0, -51.25), (20.0, -52.75)],
                             "Pressure": [(10.0, 0.98), (20.0, 1.01)]}


def test_a_quoted_tsv_header_names_its_columns():
    text = ('#"Step"\t"Volume (nm^3)"\t"Elapsed Time (s)"\n'
            "500\t8.25\t0:01\n"
            "1000\t8.31\t0:02\n")
    assert read(text)[0] == {"Volume": [(500.0, 8.25), (1000.0, 8.31)]}


def test_unquoted_tab_separated_lines_are_left_to_the_aligned_reader():
    # A look-alike: tab-parted names without quotes are an aligned table's header, read by
    # position (its chapters, its gaps), never as a CSV's.
    text = "gen\tbest\tavg\n0\t4.5\t2.25\n1\t5.5\t3.75\n"
    assert read(text)[0] == {"best": [(0.0, 4.5), (1.0, 5.5)], "avg": [(0.0, 2.25), (1.0, 3.75)]}


# -- TAGGED_ROWS: an optimiser's tag opening each row of an aligned table --------------------------


def test_a_tag_before_each_row_under_a_blank_lead_is_no_cell():
    text = ("          Iter        Force       Stress\n"
            "LBFGS:       0       0.8125       0.0410\n"
            "LBFGS:       1       0.2500       0.0122\n")
    assert read(text)[0] == {"Force": [(0.0, 0.8125), (1.0, 0.25)],
                             "Stress": [(0.0, 0.041), (1.0, 0.0122)]}


def test_a_tagged_line_under_no_header_stays_a_pair():
    # A look-alike: with no header above, "LBFGS: 3" and the numbers after it are no row.
    assert read("LBFGS:   3   0.25   0.5\n")[0] == {}


# -- RUN_WITH: pairs after the colon of a framed title are settings --------------------------------


def test_pairs_after_a_framed_titles_colon_are_params():
    metrics, params = read("== NVT run: bath = 310 K, coupling = 0.1, 500 steps\nenergy = -5.25\n")
    assert metrics == {"energy": [(0.0, -5.25)]}
    assert params == [("bath", "310"), ("coupling", "0.1")]


def test_a_framed_title_before_a_result_stays_metrics():
    # A look-alike: a result among the pairs says the title line reports (at its fold: FOLD_STEP).
    assert read("== fold 2: loss = 0.25, acc = 0.75\n")[0] == {"loss": [(2.0, 0.25)],
                                                               "acc": [(2.0, 0.75)]}


# -- STAT_LINE: a statistic in parentheses, the same measurement's fields in brackets --------------


def test_a_statistic_in_parentheses_names_its_value_and_bracketed_fields():
    text = "  Wall (median ± iqr):   12.5 ms ±  0.5 ms    [CPU: 11.75 ms, GC: 0.25 ms]\n"
    assert read(text)[0] == {"Wall": [(0.0, 12.5)], "CPU": [(0.0, 11.75)], "GC": [(0.0, 0.25)]}


def test_a_range_in_parentheses_without_a_spread_gives_nothing():
    # A look-alike: "(min … max)" is two statistics, no value and spread.
    assert read("  Span (min … max):   3.5 ms … 9.5 ms    8 runs\n")[0] == {}


# -- QUALIFIED_LABEL: a label closed by its settings in brackets -----------------------------------


def test_a_label_with_bracketed_settings_names_one_pair():
    text = (" Mean Recall (mR) @[ thr=0.25 | area=small ] = 0.412\n"
            " Mean Recall (mR) @[ thr=0.75 | area=small ] = 0.118\n")
    assert read(text)[0] == {
        "Mean Recall (mR) @[ thr=0.25 | area=small ]": [(0.0, 0.412)],
        "Mean Recall (mR) @[ thr=0.75 | area=small ]": [(0.0, 0.118)]}


def test_settings_in_brackets_before_several_pairs_stay_pairs():
    # A look-alike: pairs after the bracket, no one value closing the line: no label. The
    # fold says which split (FOLD_INDEX), no series of its own.
    assert read("eval [fold=2] loss = 0.5, acc = 0.75\n")[0] == {
        "eval/loss": [(0.0, 0.5)], "eval/acc": [(0.0, 0.75)]}


# -- RESULT_WORDS: an energy is what a simulation or a relaxation computes -------------------------


def test_an_energy_line_after_settings_is_a_metric_not_held_config():
    text = ("run settings:\n  walkers: 8\n  seed: 7\n"
            "Lattice energy before relaxation: -401.5 kcal/mol\n"
            "step 1 loss 0.75 acc 0.5\n")
    metrics, params = read(text)
    assert metrics["Lattice energy before relaxation"] == [(0.0, -401.5)]
    assert ("walkers", "8") in params and not any(n.startswith("Lattice") for n, _ in params)


def test_an_energy_weight_stays_a_setting():
    # A look-alike: a weight of the energy term is a setting the run was given.
    text = "energy_weight: 0.25\nstep 1 loss 0.75 acc 0.5\n"
    metrics, params = read(text)
    assert "energy_weight" not in metrics and params == [("energy_weight", "0.25")]


# -- a solver's cycle is its iteration: the step of the line -----------------------------------------


def test_a_cycle_key_gives_the_lines_step():
    text = ("cycle= 1 energy= -10.5  grad= 0.25\n"
            "cycle= 2 energy= -10.75  grad= 0.125\n")
    assert read(text)[0] == {"energy": [(1.0, -10.5), (2.0, -10.75)],
                             "grad": [(1.0, 0.25), (2.0, 0.125)]}  # the counter is no series


def test_a_cycle_in_a_name_is_no_step():
    # A look-alike: "lr_cycle" names a setting of a schedule, no step key.
    assert read("lr_cycle= 3 loss= 0.5\n")[0] == {"lr_cycle": [(0.0, 3.0)], "loss": [(0.0, 0.5)]}


# -- SETTINGS_LINE: settings of text values before the numbers ---------------------------------------


def test_a_settings_line_opening_with_a_text_value_is_held_as_config():
    text = ("search: space=box, budget=12, seed=3\n"
            "trial 0: cost = 4.25\n"
            "trial 1: cost = 2.5\n")
    metrics, params = read(text)
    assert metrics == {"cost": [(0.0, 4.25), (1.0, 2.5)]}
    assert ("budget", "12") in params


def test_a_line_of_words_before_the_pairs_is_no_settings_line():
    # A look-alike: a sentence before the pairs reports them; no text setting opens it.
    metrics, params = read("finished the search, best cost=2.5 rounds=12\ntrial 0: cost = 4.25\n")
    assert metrics == {"best cost": [(0.0, 2.5)], "cost": [(0.0, 4.25)]} and params == []


# -- GLUED_PAIR and MD_HEADING ---------------------------------------------------------------------


def test_a_whole_line_with_a_colon_glued_to_a_decimal_is_a_pair():
    text = "Check: shuffled labels\nBaseline effect:4.125\nShuffled effect:0.0625\n"
    assert read(text)[0] == {"Baseline effect": [(0.0, 4.125)], "Shuffled effect": [(0.0, 0.0625)]}


def test_a_time_or_a_version_glued_to_a_colon_is_no_pair():
    assert read("started at 10:30.5\nbuild tag:1.2.3\nruntime version:3.11\n")[0] == {}


def test_a_markdown_headings_number_is_no_metric():
    text = "## Model : 2\nscore: 0.875\n### Part : 3\n"
    assert read(text)[0] == {"score": [(0.0, 0.875)]}


# -- METRIC_COLUMN: a table in long format ---------------------------------------------------------


def test_a_long_format_table_gives_one_pair_per_row_under_its_label():
    text = ("|  Benchmark  |Rev|Shots|  Metric  |   |Value |   |Stderr|\n"
            "|-------------|--:|----:|----------|---|-----:|---|-----:|\n"
            "|arith        |  2|    5|exact     |↑  |0.4375|±  |0.0125|\n"
            "| - arith_add |  2|    5|exact     |↑  |0.5625|±  |0.0250|\n"
            "|             |   |    5|f1        |↑  |0.6250|±  |0.0250|\n")
    assert read(text)[0] == {"arith/exact": [(0.0, 0.4375)], "arith_add/exact": [(0.0, 0.5625)],
                             "arith_add/f1": [(0.0, 0.625)]}


def test_a_table_without_a_metric_column_is_read_by_columns():
    # A look-alike: "Value" alone names a column of values, no long format.
    text = "| epoch | Value |\n|---|---|\n| 1 | 0.5 |\n| 2 | 0.25 |\n"
    assert read(text)[0] == {"Value": [(1.0, 0.5), (2.0, 0.25)]}


# -- PLAIN_NAMES' qualifier, HEADED_BLOCK's bullets ------------------------------------------------


def test_a_qualifier_in_parentheses_closes_a_plain_prints_name():
    text = ("12:00:01 EVAL : loss 0.625 - recall (macro avg)  0.75\n"
            "12:00:09 EVAL : loss 0.5 - recall (macro avg)  0.8125\n")
    assert read(text)[0] == {"eval/loss": [(0.0, 0.625), (1.0, 0.5)],
                             "eval/recall (macro avg)": [(0.0, 0.75), (1.0, 0.8125)]}


def test_an_aside_with_a_number_stays_an_aside_and_a_lone_parenthesis_is_harmless():
    # Look-alikes: "(lr 0.5)" is an aside pair, not a qualifier; an opening parenthesis
    # closing the line, or one at its start, must not break the reading.
    assert read("epoch 2 loss 0.25 (lr 0.5) acc 0.75\n")[0] == {
        "epoch": [(2.0, 2.0)], "loss": [(2.0, 0.25)], "lr": [(2.0, 0.5)], "acc": [(2.0, 0.75)]}
    assert read("loss 0.25 acc 0.75 (\n(note loss 0.25 acc 0.75\n")[0] == {}


def test_bulleted_rows_under_a_results_heading_are_metrics():
    text = "Scores:\n- Recall (weighted) 0.6875\n- Accuracy 0.75\n"
    assert read(text)[0] == {"Recall (weighted)": [(0.0, 0.6875)], "Accuracy": [(0.0, 0.75)]}


def test_bulleted_rows_under_a_heading_naming_nothing_give_nothing():
    # A look-alike: "Shapes:" names no result; its rows are as often counts or sizes.
    assert read("Shapes:\n- width 0.5\n- height 0.25\n")[0] == {}


def test_a_tag_before_rows_of_whole_numbers_is_no_optimisers_row():
    # A look-alike: "Mem:" and "Swap:" before counts (free's output) are no measurements.
    text = ("          total     used     free\n"
            "Mem:     800000   400000   200000\n"
            "Swap:    100000        0   100000\n")
    assert read(text)[0] == {}


# -- FUNCTION_NAME: a quantity written as a function of its arguments ------------------------------


def test_a_name_written_as_a_function_of_its_arguments_is_a_pair():
    text = ("iteration = 1  g(y) = 0.5  dist(a,b) = 0.125\n"
            "iteration = 2  g(y) = 0.25  dist(a,b) = 0.0625\n")
    assert read(text)[0] == {"iteration": [(1.0, 1.0), (2.0, 2.0)],
                             "g(y)": [(1.0, 0.5), (2.0, 0.25)],
                             "dist(a,b)": [(1.0, 0.125), (2.0, 0.0625)]}


def test_a_keyword_argument_inside_a_call_stays_no_pair():
    # A look-alike: "Trainer(max_epochs=50)" quotes code; the "(" opens the call's arguments.
    assert read("Trainer(max_epochs=50) was created\n")[0] == {}


def test_a_long_identifier_before_a_step_label_is_its_word():
    text = ("simulated_annealing_search step 1: h(x)= 0.75\n"
            "simulated_annealing_search step 2: h(x)= 0.5\n")
    assert read(text)[0] == {"h(x)": [(1.0, 0.75), (2.0, 0.5)]}


def test_a_plain_print_with_a_unit_after_every_value_is_read():
    text = ("fast     p50    12.25 ms  p90    20.5 ms\n"
            "slow     p50    40.75 ms  p90    61.5 ms\n")
    assert read(text)[0] == {"p50": [(0.0, 12.25), (1.0, 40.75)], "p90": [(0.0, 20.5), (1.0, 61.5)]}


def test_a_plain_print_with_a_word_that_is_no_unit_after_its_values_stays_prose():
    # A look-alike: "calls" after each value counts something; no unit, so no pair.
    text = ("fast     p50    12.25 calls  p90    20.5 calls\n"
            "slow     p50    40.75 calls  p90    61.5 calls\n")
    assert read(text)[0] == {}


# -- ROW_LABELS: a label column naming classes ----------------------------------------------------


def test_rows_under_a_class_column_are_quantities_of_their_own():
    text = "| class | F1 | IoU |\n|---|---|---|\n| road | 91.5 | 84.25 |\n| sky | 88.5 | 79.75 |\n"
    assert read(text)[0] == {"road/F1": [(0.0, 91.5)], "road/IoU": [(0.0, 84.25)],
                             "sky/F1": [(0.0, 88.5)], "sky/IoU": [(0.0, 79.75)]}


def test_rows_under_a_model_column_are_named_by_their_model():
    # ENTITY_NAMES: a model is a thing of its own, its row's position no step.
    text = "| model | F1 | IoU |\n|---|---|---|\n| small | 91.5 | 84.25 |\n| large | 88.5 | 79.75 |\n"
    assert read(text)[0] == {"small/F1": [(0.0, 91.5)], "small/IoU": [(0.0, 84.25)],
                             "large/F1": [(0.0, 88.5)], "large/IoU": [(0.0, 79.75)]}


# -- NAMED_RECORD and a list of records printed over lines -----------------------------------------


def test_records_of_a_list_printed_over_lines_name_their_values():
    text = ('[\n{\n "name": "exact_match",\n "score": 71.25,\n "note": "strict"\n},\n'
            '{\n "name": "f1",\n "score": 80.5\n}\n]\n')
    assert read(text)[0] == {"exact_match": [(0.0, 71.25)], "f1": [(0.0, 80.5)]}


def test_a_record_with_a_name_and_no_one_value_keeps_its_keys():
    # A look-alike: the name says whose record it is; its numbers are named by their keys.
    assert read('{"name": "run-3", "loss": 0.25, "acc": 0.75}\n')[0] == {
        "loss": [(0.0, 0.25)], "acc": [(0.0, 0.75)]}



# -- RATIOS: a value followed by ":" and a number --------------------------------------------------


def test_a_ratio_after_an_equals_sign_is_no_value():
    text = ("      has(rain) = True        wet : dry    =      4.5 : 1.0\n"
            "      has(sun) = True         dry : wet    =      2.5 : 1.0\n")
    assert read(text)[0] == {}


def test_a_pair_before_a_colon_and_a_name_stays_a_pair():
    # A look-alike: after the value, ":" opens a label of the next field, no ratio.
    assert read("loss = 0.5 : val_loss = 0.25\n")[0] == {"loss": [(0.0, 0.5)], "val_loss": [(0.0, 0.25)]}


# -- HEADED_BLOCK: a heading closed by an aside (its unit), rows named as functions -----------------


def test_rows_under_a_results_heading_with_a_unit_aside_are_metrics():
    text = "final summary (eV):\n  PBE       -10.25\n  G0W0(a)   -11.5\n"
    assert read(text)[0] == {"PBE": [(0.0, -10.25)], "G0W0(a)": [(0.0, -11.5)]}


def test_rows_under_a_heading_with_an_aside_naming_nothing_give_nothing():
    # A look-alike: "Sizes" names no result, whatever its aside says.
    assert read("Sizes (MB):\n  weights   12.5\n  buffers   0.75\n")[0] == {}
