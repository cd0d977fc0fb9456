"""Statistics packages' printed results (the fifteenth half's R captures), on invented lines:
QUANTILE_ROW, R_MATRIX_ROWS, with the look-alikes each rule must leave alone."""

from __future__ import annotations

from tests.metric_reading import read, read_with_params, values

# -- QUANTILE_ROW (quantile_rows) ------------------------------------------------------------------


def test_a_five_number_summary_row_is_read_under_its_statistics():
    text = ("Residuals:\n"
            "    Min      1Q  Median      3Q     Max \n"
            "-1.5120 -0.2210  0.0410  0.3300  2.7180 \n"
            "\n"
            "Coefficients:\n")
    assert values(text) == {"Min": [-1.512], "1Q": [-0.221], "Median": [0.041],
                            "3Q": [0.33], "Max": [2.718]}


def test_summary_words_of_two_tokens_and_a_positive_first_value():
    text = ("   Min. 1st Qu.  Median    Mean 3rd Qu.    Max. \n"
            "  1.000   2.250   3.500   3.600   4.750   7.000 \n")
    assert values(text) == {"Min.": [1.0], "1st Qu.": [2.25], "Median": [3.5], "Mean": [3.6],
                            "3rd Qu.": [4.75], "Max.": [7.0]}
    flush_left = ("  Min    1Q Median    3Q   Max\n"
                  "0.120 0.450  0.500 0.610 0.990\n")
    assert values(flush_left)["Median"] == [0.5]


def test_rows_under_other_headers_or_misaligned_give_no_quantiles():
    misaligned = ("    Min      1Q  Median      3Q     Max \n"
                  "-1.512  -0.221   0.041   0.330   2.718   \n")  # edges not under the names
    assert "Min" not in read(misaligned)
    no_anchor = ("     1Q      3Q \n"
                 " 0.2210  0.3300 \n")  # one row: two rows are LOOSE_TABLE's, a table of any names
    assert "1Q" not in read(no_anchor)
    free = ("               total        used        free      shared  buff/cache   available\n"
            "Mem:           15896        6060        1270         512        8565        9198\n")
    df = ("Filesystem      Size  Used Avail Use% Mounted on\n"
          "/dev/vda        252G   87G   15G  86% /\n")
    ps = ("  PID TTY          TIME CMD\n"
          " 4242 pts/0    00:00:00 bash\n")
    top = ("  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
           "    1 root      20   0  167772  11520   8196 S   0.0   0.1   0:03.41 systemd\n")
    for text in (free, df, ps, top):
        assert read(text) == {}


# -- R_MATRIX_ROWS (right_aligned) -----------------------------------------------------------------

ACCURACY = ("Model accuracy:\n"
            "                    ME      RMSE      MAE     MASE\n"
            "Training set  0.512300  4.100000  3.21000 0.401000\n"
            "Test set     12.700000 15.300000 13.90000 1.720000\n"
            "                  ACF1 Theil's U\n"
            "Training set 0.0812000        NA\n"
            "Test set     0.6100000  1.204000\n")


def test_a_matrix_with_rows_named_by_words_keeps_each_label_and_skips_na():
    got = values(ACCURACY)
    assert got["Training set/ME"] == [0.5123] and got["Test set/MASE"] == [1.72]
    assert got["Training set/ACF1"] == [0.0812] and got["Test set/Theil's U"] == [1.204]
    assert "Training set/Theil's U" not in got and "ME" not in got
    assert len(got) == 11


def test_a_lone_row_named_by_words_keeps_its_label():
    text = ("Training set error measures:\n"
            "                   ME     RMSE     MAE\n"
            "Training set 0.512300 4.100000 3.21000\n")
    assert values(text) == {"Training set/ME": [0.5123], "Training set/RMSE": [4.1],
                            "Training set/MAE": [3.21]}


def test_rows_of_all_na_sentences_and_listings_give_nothing_here():
    all_na = ("                 ME   RMSE\n"
              "Training set      NA     NA\n")
    assert read(all_na) == {}
    ls = ("total 8\n"
          "-rw-r--r-- 1 root root 1234 Dec  5 22:01 notes.txt\n"
          "drwxr-xr-x 2 root root 4096 Dec  5 22:01 data\n")
    assert read(ls) == {}
    pip = ("Package    Version\n"
           "---------- -------\n"
           "numpy      2.4.6\n"
           "pip        24.0\n")
    assert read(pip) == {}
    git = (" 3 files changed, 41 insertions(+), 7 deletions(-)\n"
           "a1b2c3d Fix the reader 2 3\n")
    assert read(git) == {}


# -- BRACED_SECTION, SETTINGS_DUMP (printed_config) ----------------------------------------------

SPEC = ("trainer_spec {\n"
        "  input: /tmp/data/train.txt\n"
        "  model_type: BPE\n"
        "  vocab_size: 8000\n"
        "  character_coverage: 0.9995\n"
        "  shrinking_factor: 0.75\n"
        "  split_digits: 0\n"
        "  byte_fallback: 1\n"
        "  num_threads: 4\n"
        "  piece_score_output: 1\n"
        "  max_sentence_length: 4192\n"
        "  unk_piece: <unk>\n"
        "}\n"
        "normalizer_spec {\n"
        "  name: nmt_nfkc\n"
        "  add_dummy_prefix: 1\n"
        "}\n")


def test_a_protobuf_text_dump_after_results_is_settings():
    points, params = read_with_params("held-out: tokens/sentence 17.35 chars/token 4.46\n" + SPEC)
    assert points == {"tokens/sentence": [(0.0, 17.35)], "chars/token": [(0.0, 4.46)]}
    keys = {name.rsplit(".", 1)[-1] for name, _ in params}
    assert {"character_coverage", "shrinking_factor", "byte_fallback", "piece_score_output",
            "add_dummy_prefix"} <= keys


def test_a_protobuf_text_dump_before_any_result_is_settings():
    points, params = read_with_params(SPEC + "epoch 1 loss 0.512 acc 0.811\n")
    assert set(points) == {"epoch", "loss", "acc"}
    assert ("trainer_spec.shrinking_factor", "0.75") in params or ("shrinking_factor", "0.75") in params


def test_a_braced_block_of_results_stays_metrics():
    text = ("step 10 loss 0.412 acc 0.712\n"
            "eval_result {\n"
            "  accuracy: 0.913\n"
            "  loss: 0.301\n"
            "}\n")
    got = values(text)
    assert got["eval/accuracy"] == [0.913] and got["eval/loss"] == [0.301]  # the section's phase
    short = ("step 10 loss 0.412 acc 0.712\n"
             "summary {\n"
             "  name: run7\n"
             "  best_score: 0.93\n"
             "  seed: 3\n"
             "}\n")
    assert values(short)["best_score"] == [0.93]  # a few keys, one a result: no settings dump


# -- SIGNIF_STARS in right-aligned rows (right_aligned) --------------------------------------------


def test_starred_and_unstarred_coefficient_rows_are_one_table():
    text = ("             coef exp(coef)  se(coef)      z Pr(>|z|)    \n"
            "dose     0.021300  1.021528  0.011200  1.902 0.057200 .  \n"
            "group   -0.612000  0.542265  0.151000 -4.053 5.06e-05 ***\n"
            "weight   0.004100  1.004108  0.009100  0.451 0.652000    \n"
            "---\n"
            "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n"
            "\n"
            "        n events median 0.95LCL 0.95UCL\n"
            "arm=1  60     41    181     150     240\n"
            "arm=2  58     30    305     262     401\n")
    got = values(text)
    assert got["dose/coef"] == [0.0213] and got["group/se(coef)"] == [0.151]
    assert got["weight/exp(coef)"] == [1.004108] and got["group/Pr(>|z|)"] == [5.06e-05]
    assert got["arm=1/median"] == [181.0] and got["arm=2/0.95UCL"] == [401.0]
    assert "coef" not in got and "z" not in got


# -- INDEX_FIRST (right_aligned) ---------------------------------------------------------------------


def test_unlabelled_right_aligned_rows_are_stepped_by_their_first_column():
    text = (" time n.risk n.event survival std.err lower 95% CI upper 95% CI\n"
            "   50    180      12    0.912  0.0210        0.871        0.955\n"
            "  150    121      30    0.701  0.0322        0.640        0.768\n")
    got = read(text)
    assert got["survival"] == [(50.0, 0.912), (150.0, 0.701)]
    assert got["lower 95% CI"] == [(50.0, 0.871), (150.0, 0.64)]
    assert "time" not in got and "n.risk" not in got  # the step, and a count


def test_two_space_headers_and_listings_are_left_to_their_readers():
    vmstat = ("procs -----------memory---------- ---swap-- -----io----\n"
              " r  b   swpd   free   buff  cache   si   so    bi    bo\n"
              " 1  0      0 812344  10240 901232    0    0     3     5\n")
    assert "free" not in read(vmstat) and "cache" not in read(vmstat)
    free = ("              total        used        free\n"
            "Mem:          15896        6060        1270\n")
    assert read(free) == {}


# -- TRACE_ENDS (trace_ends) ---------------------------------------------------------------------------


def test_the_ends_of_an_optimisers_trace_are_named_by_their_words():
    text = ("# weights:  19\n"
            "initial  value 150.112233 \n"
            "iter  10 value 80.500000\n"
            "iter  20 value 40.250000\n"
            "final  value 39.990000 \n"
            "converged\n")
    got = read(text)
    assert got["value"] == [(10.0, 80.5), (20.0, 40.25)]
    assert [v for _, v in got["initial value"]] == [150.112233]
    assert [v for _, v in got["final value"]] == [39.99]


def test_lines_of_a_word_a_name_and_a_number_alone_give_nothing():
    text = ("Loaded all 4000 sentences\n"
            "initial value 12.5\n"
            "stopped after 60 iterations\n"
            "git version 2.43.0\n")
    assert read(text) == {}
    other_name = ("initial  cost 150.1\n"
                  "iter  10 value 80.5\n")
    assert "initial cost" not in read(other_name)


# -- R_MATRIX_ROWS with NO_NUMBER_CELL (right_aligned, one row reader) ------------------------------


def test_a_frame_with_rows_named_by_words_and_logical_cells_keeps_its_numbers():
    text = ("                 value fevals  kkt1\n"
            "Nelder Mead   0.512000     88  TRUE\n"
            "L BFGS B      0.498000     NA FALSE\n")
    got = values(text)
    assert got["Nelder Mead/value"] == [0.512] and got["L BFGS B/value"] == [0.498]
    assert not any(name.endswith("/kkt1") for name in got) and "L BFGS B/fevals" not in got


def test_a_row_named_by_a_bins_interval_is_no_row_of_words():
    bins = ("                Count Share\n"
            "(0.5, 1] (high)     3 20.0%\n"
            "[1, Inf) (top)      1  5.0%\n")
    assert read(bins) == {}
