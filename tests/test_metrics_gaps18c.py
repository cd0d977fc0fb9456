"""Rules written from the structure of output the held-out halves still missed (a header whose
names are one space apart, ...), each checked on invented lines: one that the rule reads, and a
look-alike it must leave alone."""

from __future__ import annotations

from expctl.metrics.right_aligned import RightAlignedReader
from tests.metric_reading import read_with_params, read


# -- RIGHT_ALIGNED (right_aligned) -----------------------------------------------------------------

R_MATRIX = ("Fit summary\n\n"
            "      Gain Depth   Score  Stderr\n"
            "best 0.731    12  0.8125 0.01210\n"
            "2nd  0.655     7  0.7990 0.01874\n\n")


def test_a_one_space_header_is_split_at_its_numbers_right_edges():
    points = read(R_MATRIX)
    assert points["best/Score"] == [(0.0, 0.8125)] and points["2nd/Stderr"] == [(0.0, 0.01874)]
    assert points["best/Gain"] == [(0.0, 0.731)] and "2nd/Depth" not in points  # a depth: a setting
    assert len(points) == 6


def test_a_name_of_two_words_stays_one_column_and_a_count_column_gives_nothing():
    text = ("      Estimate Std. Error n_samples\n"
            "beta   1.25000    0.03120       400\n"
            "gamma -0.50000    0.01000       400\n")
    assert read(text) == {"beta/Estimate": [(0.0, 1.25)], "beta/Std. Error": [(0.0, 0.0312)],
                          "gamma/Estimate": [(0.0, -0.5)], "gamma/Std. Error": [(0.0, 0.01)]}


def test_free_m_and_a_misaligned_header_give_nothing():
    free = ("               total        used        free      shared  buff/cache   available\n"
            "Mem:           15896        6060        1270         512        8565        9198\n"
            "Swap:           2047           0        2047\n")
    assert read(free) == {}
    narrow = ("     total used  free\n"
              "Mem: 15896 6060  1270\n")  # one space, right-aligned: the colon makes a key
    assert read(narrow) == {}
    # "12" ends under no name: no right-aligned header (PLACED_COLUMNS may still read it by
    # where its words stand, "12" under "Depth")
    header, row = "      Gain Depth   Score  Stderr", "best 0.731   12  0.8125 0.01210"
    assert RightAlignedReader().read(row, lambda n: [header]) is None


def test_ps_and_df_give_nothing():
    ps = ("    PID TTY          TIME CMD\n"
          "  21532 pts/3    00:00:00 bash\n"
          "  21577 pts/3    00:00:00 ps\n")
    df = ("Filesystem     1K-blocks     Used Available Use% Mounted on\n"
          "/dev/sda1       51475068 20001234  28837412  41% /\n"
          "tmpfs            8138484        0   8138484   0% /dev/shm\n")
    assert read(ps) == {} and read(df) == {}


# -- DEGREES_OF_FREEDOM (grammar) ------------------------------------------------------------------


def test_a_statistic_on_its_degrees_of_freedom_is_read():
    assert read("deviance = 12.5 on 30 df\n") == {"deviance": [(0.0, 12.5)]}
    assert read("Residual deviance: 4.821 on 17 degrees of freedom\n") == {
        "Residual deviance": [(0.0, 4.821)]}
    assert read("chi2: 8.25 on 2 and 40 DF,  auc: 0.91\n") == {"chi2": [(0.0, 8.25)],
                                                              "auc": [(0.0, 0.91)]}


def test_another_count_after_on_and_df_h_stay_prose():
    # what a value was measured on closes the pair (AFTER_COUNT): "on 3 gpus" as "on 100 instances"
    assert read("loss = 0.5 on 3 gpus\n") == {"loss": [(0.0, 0.5)]}
    assert read("loss = 0.5 on 3 gpus today\n") == {}
    assert read("score: 0.91 on 7 df of the data\n") == {}
    df_h = ("Filesystem      Size  Used Avail Use% Mounted on\n"
            "/dev/sda1        50G   20G   28G  42% /\n"
            "tmpfs           7.8G     0  7.8G   0% /dev/shm\n")
    assert read(df_h) == {}


# -- GLUED_FIELDS (glued), SECTION_LABEL (section_label), PHASE_HEADING's "On" -----------------------


def test_a_line_of_glued_fields_of_words_is_read():
    assert read("mean abs err:0.442, recall @ top k:0.5\n") == {
        "mean abs err": [(0.0, 0.442)], "recall @ top k": [(0.0, 0.5)]}


def test_glued_ports_times_and_sentences_are_no_fields():
    assert read("Connected to db.example.com:5432, cache at redis:6379\n") == {}
    assert read("started at 12:30, done at 14:45\n") == {}
    assert read('File "train.py", line 48, in main\n') == {}
    assert read("ratio was:0.5, of the rest:0.25\n") == {}


def test_a_line_opening_with_its_sections_title_is_labelled_by_it():
    text = ("### RidgeCV\nfitting ...\nScores:\nRidgeCV R2:0.8123, mae:0.442\n"
            "RidgeCV R2:0.8200, mae:0.431\n### SVR2\n\nSVR2 R2:0.7901, mae:0.481\n")
    assert read(text) == {"RidgeCV/R2": [(0.0, 0.8123), (1.0, 0.82)],
                          "RidgeCV/mae": [(0.0, 0.442), (1.0, 0.431)],
                          "SVR2/R2": [(0.0, 0.7901)], "SVR2/mae": [(0.0, 0.481)]}


def test_a_line_under_another_title_or_opening_with_a_plain_word_keeps_its_names():
    text = "=== Results\nFinal loss: 0.25, acc: 0.91\n"
    assert read(text) == {"Final loss": [(0.0, 0.25)], "acc": [(0.0, 0.91)]}
    text = "=== Ridge\nRidge loss: 0.25, acc: 0.91\n"  # a plain word: no thing's name
    assert read(text) == {"Ridge loss": [(0.0, 0.25)], "acc": [(0.0, 0.91)]}
    text = "=== SVR2\nepoch 1 loss 0.5\nSVR2 R2: 0.25, acc: 0.91\n"  # among lines of pairs
    assert read(text)["SVR2 R2"] == [(1.0, 0.25)]


def test_a_heading_opening_with_on_names_the_phase_of_the_line_under_it():
    text = ("=== RidgeCV\nOn Training Data:\nRidgeCV R2:0.91, mae:0.31\n\n"
            "On Test Data:\nRidgeCV R2:0.85, mae:0.40\n")
    assert read(text) == {"train/RidgeCV/R2": [(0.0, 0.91)], "train/RidgeCV/mae": [(0.0, 0.31)],
                          "test/RidgeCV/R2": [(0.0, 0.85)], "test/RidgeCV/mae": [(0.0, 0.40)]}
    assert read("Based on Test Data:\nR2:0.85, mae:0.40\n") == {"R2": [(0.0, 0.85)],
                                                                "mae": [(0.0, 0.40)]}


# -- VALUE_PHRASE (value_phrase) -------------------------------------------------------------------


def test_a_value_announced_with_value_is_the_names_without_the_verb():
    text = "Recording reward with value 0.52\nRecording reward with value 0.61\n"
    assert read(text) == {"reward": [(0.0, 0.52), (1.0, 0.61)]}
    assert read("Updated best loss with a value of 0.25.\n") == {"best loss": [(0.0, 0.25)]}


def test_a_setting_verb_a_count_or_a_whole_number_with_value_is_no_pair():
    assert read("Setting momentum with value 0.9\n") == {}
    assert read("Updating num_workers with value 4.0\n") == {}
    assert read("Connected with value 3\n") == {}
    assert read("Job finished with value 0.0\nProcess exited with value 1\n") == {}


# -- INDEX_STEP (steps, templates) -----------------------------------------------------------------


def test_a_one_letter_index_opening_the_pairs_is_the_lines_step():
    text = "epoch 1 loss 0.5\nk=2 inertia=695.5\nk=3 inertia=526.25\nk=4 inertia=370.0\n"
    points = read(text)
    assert points["inertia"] == [(2.0, 695.5), (3.0, 526.25), (4.0, 370.0)]


def test_a_plural_step_key_value_line_keeps_its_step_on_every_line():
    text = "epoch 1 loss 0.5\niterations=100 error=0.26\niterations=200 error=0.21\n"
    assert read(text)["error"] == [(100.0, 0.26), (200.0, 0.21)]


def test_a_word_a_capital_or_a_lone_index_is_no_index_step():
    text = "epoch 1 loss 0.5\nN=2 cost=695.5\nN=3 cost=526.25\n"
    assert read(text)["cost"] == [(1.0, 695.5), (1.0, 526.25)]  # the carried epoch
    whole = read("epoch 1 loss 0.5\nx=2 y=3\nx=3 y=4\n")  # no result, no decimal beside it
    assert whole["y"] == [(1.0, 3.0), (1.0, 4.0)]


# -- ASIDE_SETTING (vocabulary, held_config) --------------------------------------------------------


def test_a_setting_in_an_aside_after_a_value_is_a_param():
    points, params = read_with_params("epoch 1 loss 0.5\nfinal cost: 379.89 (alpha 0.25)\n", 4096)
    assert points["final cost"] == [(1.0, 379.89)] and "alpha" not in points
    assert ("final cost.alpha", "0.25") in params


def test_a_scheduled_value_or_a_result_in_an_aside_stays_a_pair():
    points = read("epoch 1 loss 0.5\nloss: 0.41 (lr 0.97)\nacc: 0.90 (best 0.95)\n")
    assert points["lr"] == [(1.0, 0.97)] and points["best"] == [(1.0, 0.95)]


# -- COUNTS_LABEL (fields) --------------------------------------------------------------------------


def test_pairs_under_a_label_of_counts_are_no_metrics():
    text = ("epoch 1 loss 0.5\n"
            "I1205 01:24:17.857743 1404 run.py:59] Split sizes: train=800 test=200\n")
    assert read(text) == {"epoch": [(1.0, 1.0)], "loss": [(1.0, 0.5)]}


def test_another_label_or_decimal_values_keep_their_pairs():
    # PHASE_KEYS names each pair by the label it follows: "train/Results". "Split sizes: train=0.8"
    # then names a size (a split's fraction, a setting), no metric; it once merged into "train".
    points = read("epoch 1 loss 0.5\nResults: train=0.25 test=0.31\nSplit sizes: train=0.8 test=0.2\n")
    assert points["train/Results"] == [(1.0, 0.25)] and points["test/Results"] == [(1.0, 0.31)]
    assert not any("Split" in name for name in points)


# -- UPDATED_VALUE (value_phrase) ------------------------------------------------------------------


def test_an_updated_or_improved_value_is_the_new_one():
    text = ("INFO:agent.train:The best return is updated -1e+30 -> 12.5\n"
            "INFO:agent.train:The best return is updated 12.5 -> 20.25\n"
            "best loss improved from 0.52 to 0.48.\n")
    assert read(text) == {"best return": [(0.0, 12.5), (1.0, 20.25)], "best loss": [(0.0, 0.48)]}


def test_an_adjusted_setting_a_count_or_an_arrow_of_git_or_http_is_no_update():
    assert read("Cutoff increment increased from 1e-05 to 0.9999\n") == {}
    assert read("num_workers updated from 2 to 4\n") == {}
    assert read("* 41da6ba (HEAD -> main) Set train for run 3\n") == {}
    assert read("GET http://127.0.0.1:33371/?loss=0.5 -> 200 OK, 1826 bytes\n") == {}
