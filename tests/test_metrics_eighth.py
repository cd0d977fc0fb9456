"""Rules written from the structure of output the eighth and seventh halves showed the parser
missing (issue 11: a spread after a plain print's value, a count of work or of steps after a
value, a bullet's summary under a phase's lines), each checked on invented lines: one that the
rule reads, and a look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params, read


# -- PLAIN_SPREAD: a spread after a plain print's value is dropped ---------------------------------


def test_a_spread_after_a_plain_value_is_dropped():
    text = ("ppl 12.5 +/- 0.4 bleu 27.25 +- 0.3\n"
            "ppl 11.75 ±0.5, bleu 28.5 ± 1.2%\n")
    assert read(text) == {"ppl": [(0.0, 12.5), (1.0, 11.75)],
                          "bleu": [(0.0, 27.25), (1.0, 28.5)]}


def test_a_spread_mark_without_a_number_leaves_the_line_prose():
    # The look-alike: "+/-" with no spread after it is no spread; the line reads as nothing.
    assert read("ppl 12.5 +/- bleu 27.25\n") == {}


# -- COUNTED_ONE: one pair after a label holding a count --------------------------------------------


def test_one_pair_after_a_counted_label_is_read():
    text = "Policy check over 20 rollouts: median reward 311.5 +/- 12.0\n"
    assert read(text) == {"median reward": [(0.0, 311.5)]}


def test_one_pair_after_a_label_without_a_count_stays_unread():
    # The look-alike: a label with no count says nothing of a measurement ("plain prints need
    # two pairs"); nor does a whole number after a counted label.
    assert read("Policy check done: median reward 311.5\n"
                "Policy check over 20 rollouts: failures 3\n") == {}


# -- AFTER_COUNT: a count of work after a value ----------------------------------------------------


def test_a_count_of_work_after_a_value_leaves_the_value():
    text = ("de: best cost = 0.0413 after 1200 evaluations\n"
            "nm: best cost = 0.0128 in 350 iterations, restarts = 2.5\n")
    found = read(text)  # two optimisers' results, each named by its label (LEAD_LABEL_RUN)
    assert found["de/best cost"] == [(0.0, 0.0413)] and found["nm/best cost"] == [(0.0, 0.0128)]


def test_words_after_a_value_that_count_nothing_stay_prose():
    assert read("best cost = 0.0413 after warmup\nbest cost = 0.0128 in most trials\n") == {}


# -- AFTER_STEPS: "after N epochs" closing a line of pairs gives its step ---------------------------


def test_a_count_of_steps_closing_a_line_of_pairs_is_its_step():
    text = "summary: recall=0.615 ndcg=0.402 after 12 epochs\n"
    assert read(text) == {"recall": [(12.0, 0.615)], "ndcg": [(12.0, 0.402)]}


def test_a_count_of_other_things_gives_no_step():
    # The look-alike: trials are no step of the run; the pairs count from 0 as unstepped pairs do.
    assert read("summary: recall=0.615 ndcg=0.402 after 12 trials\n") == {
        "recall": [(0.0, 0.615)], "ndcg": [(0.0, 0.402)]}


# -- BULLET_SUMMARY: a bullet's summary under a phase's lines --------------------------------------


_PHASED = ("Epoch: [3][ 5/40]\tLoss 0.71 (0.75)\tTop1  71.25 ( 70.50)\tTop3  88.50 ( 87.25)\n"
           "Eval: [ 9/10]\tLoss 0.66 (0.68)\tTop1  74.00 ( 73.10)\tTop3  90.25 ( 89.75)\n")


def test_a_bullet_summary_under_a_phase_label_printing_its_names_is_that_phase():
    found = read(_PHASED + " * Top1 73.125 Top3 89.875\n")
    assert found["eval/Top1"][-1][1] == 73.125
    assert found["eval/Top3"][-1][1] == 89.875
    assert all(value != 73.125 for _, value in found["Top1"])


def test_a_bullet_summary_with_names_of_its_own_or_under_no_phase_stays_bare():
    # The look-alikes: names the phase's line does not print merge nothing; a bullet under a
    # step's line (no phase label) sums up training.
    # (At the step of the eval's count above it, "[ 9/10]", as "[9/10]" gives: PADDED_BRACKET.)
    assert read(_PHASED + " * Best1 74.5 Best3 90.5\n")["Best1"] == [(9.0, 74.5)]
    found = read(_PHASED.split("\n")[0] + "\n * Top1 70.875 Top3 88.125\n")
    assert found["Top1"][-1][1] == 70.875
    assert not any(name.startswith("eval/") for name in found)


def test_a_step_named_after_the_pairs_of_a_plain_print_is_its_step():
    assert read("best top1 71.25% at epoch 14\n") == {"best top1": [(14.0, 71.25)]}
    assert read("summary: ppl=12.25, bleu=27.5, stopped after 9 rounds\n") == {
        "ppl": [(9.0, 12.25)], "bleu": [(9.0, 27.5)]}


def test_a_place_that_is_no_step_after_a_plain_pair_leaves_the_line_prose():
    assert read("best top1 71.25% at noon 14\n") == {}


# -- COUNT_ASIDE: a count closing a plain print says what the values were measured over ------------


def test_a_closing_count_aside_leaves_the_pairs_before_it():
    assert read("dev  ppl 14.5  bleu 25.75  (1200 sentences)\n") == {
        "val/ppl": [(0.0, 14.5)], "val/bleu": [(0.0, 25.75)]}


def test_an_aside_of_other_words_still_makes_the_line_prose():
    assert read("dev  ppl 14.5  bleu 25.75  (1200 sentences skipped)\n") == {}


# -- USING_SETTING: what a run uses is config ------------------------------------------------------


def test_pairs_a_run_uses_are_params_named_past_using():
    found, params = read_with_params("using dropout rate = 0.25\nFitting using lr=0.03 seed=4\n")
    assert found == {}
    assert set(params) >= {("dropout rate", "0.25"), ("lr", "0.03"), ("seed", "4")}


def test_a_result_among_pairs_after_using_keeps_them_metrics():
    found, params = read_with_params("scored using f1=0.83 recall=0.79\n")
    assert found["recall"] == [(0.0, 0.79)]
    assert params == []


# -- RANKED_ROWS, SIGNED_CELLS: a leaderboard's rows are instances of one kind ---------------------


_RANKED = ("         rank  log_lik     aic  delta   wt\n"
           "model_b     0  -71.250  148.50  0.000  0.8\n"
           "model_a     1  -73.125 -152.25  3.750  0.2\n")


def test_a_ranked_table_gives_a_series_per_column_at_each_rank():
    found = read(_RANKED)
    assert found["log_lik"] == [(0.0, -71.25), (1.0, -73.125)]
    assert found["aic"] == [(0.0, 148.5), (1.0, -152.25)]
    assert not any("model" in name or name == "rank" for name in found)


def test_a_table_without_a_rank_keeps_its_labels_in_the_names():
    # The look-alike: without a rank the rows are different things (parameters of a summary).
    text = _RANKED.replace(" rank ", "      ").replace("    0 ", "      ").replace("    1 ", "      ")
    found = read(text)
    assert found["model_b/log_lik"] == [(0.0, -71.25)]
    assert "log_lik" not in found


# -- ENDS_IN_WORD_CELLS: a table's rows may close with text columns -------------------------------


def test_rows_closing_with_word_cells_are_read_as_the_table_they_are():
    text = ("             rank     nll    brier  pruned  kind\n"
            "resnet_s        0  0.4125  0.06875    True  conv\n"
            "vit_t           1  0.5250  0.08125   False   att\n")
    found = read(text)
    assert found["nll"] == [(0.0, 0.4125), (1.0, 0.525)]
    assert found["brier"] == [(0.0, 0.06875), (1.0, 0.08125)]
    assert not any(name in ("pruned", "kind", "rank") for name in found)


def test_a_word_after_a_number_without_a_column_gap_stays_prose():
    from expctl.metrics.grammar import may_hold_metrics

    assert may_hold_metrics("vit_t   1  0.5250  0.08125   False   att")
    assert may_hold_metrics("acc 0.91\tok")
    assert not may_hold_metrics("we trained for 3 epochs and it went fine")
    assert not may_hold_metrics("accuracy 0.91 ok")  # one space: a sentence goes on
    assert read("finished the 3  runs\nsaved 12  checkpoints\n") == {}


# -- VALUE_FIRST: a value, "=", then the words naming it -------------------------------------------


def test_a_value_put_first_and_named_after_the_equals_sign_is_a_pair():
    text = ("Fitting model: Ridge ...\n"
            "\t0.8125\t = Holdout score   (f1)\n"
            "\t0.02s\t = Fit   runtime\n"
            "Fitting model: Lasso ...\n"
            "\t0.7750\t = Holdout score   (f1)\n")
    assert read(text) == {"Holdout score": [(0.0, 0.8125), (1.0, 0.775)]}


def test_a_value_first_named_by_a_sentence_or_after_words_is_none():
    assert read("3 = the number of folds\nfold 3 = ridge\n") == {}


# -- STEP_TITLE: a heading naming its step, closed by a colon or a frame --------------------------


def test_a_titled_step_heading_gives_its_step_to_the_lines_under_it():
    text = ("    ---------------------\n"
            "    ||| ROUND 3 REPORT |||:\n"
            "    ---------------------\n"
            "    Holdout rmse: 0.4125\n"
            "Generation 4 summary:\n"
            "  mean fitness: 12.5\n")
    found = read(text)
    assert found["Holdout rmse"] == [(3.0, 0.4125)]
    assert found["mean fitness"] == [(4.0, 12.5)]


def test_a_heading_with_a_number_but_no_step_word_gives_no_step():
    # The look-alike: "Top 5" names no step; the pair counts from 0 as an unstepped pair does.
    assert read("Top 5 candidates:\n  mean fitness: 12.5\n") == {"mean fitness": [(0.0, 12.5)]}
