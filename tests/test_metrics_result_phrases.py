"""Rules written from the structure of output the fifth, eighth and ninth held-out halves still
missed (a comparison's winner line, an optimum reported with where it lies, a result sentence
opened by a counted modifier), each checked on invented lines: lines the rule reads, and
look-alikes it must leave alone."""

from __future__ import annotations

from expctl.metrics.value_phrase import located_value, winner_line
from tests.metric_reading import read, read_with_params

TRAINING = "loss: 0.512, acc: 0.81\n"  # training output has begun: lone lines are results

# -- WINNER_LINE (value_phrase) ----------------------------------------------------------------------


def test_a_winner_line_gives_the_winners_score_under_its_key():
    points = read(TRAINING + "Best model by mean RMSE: SVDpp (0.8044)\n"
                  "Most important feature (ST): age (0.5004)\n"
                  "Top model: gradient boosting (91.5%)\n")
    assert points["Best model by mean RMSE"] == [(0.0, 0.8044)]
    assert points["Most important feature (ST)"] == [(0.0, 0.5004)]
    assert points["Top model"] == [(0.0, 91.5)]
    assert not any(name in points for name in ("SVDpp", "age", "gradient boosting"))


def test_a_winner_line_needs_a_superlative_a_word_label_and_a_measured_value():
    assert winner_line("Best trial: 2 (arm 2_0)") == []  # an id, no value in brackets
    assert winner_line("Best model: rf (42)") == []  # a whole number: a count or an id
    assert winner_line("Best epoch: 5 (0.93)") == []  # the label is a number
    assert winner_line("Device: cuda (0.5)") == []  # no superlative opens the key
    # a named value is another quantity than the key's: its own pair (WINNER_SCORE), not the key's
    assert winner_line("Best model: svc (accuracy 0.98)") == [("accuracy", "0.98")]
    assert winner_line("Best model: rf (0.93) saved") == []  # the value does not close the line
    assert winner_line("best model: random forest (0.93)") == [("best model", "0.93")]


def test_winner_lines_leave_pip_and_git_output_alone():
    text = (TRAINING + "Successfully installed rich-13.7.1 (1.2)\n"
            "most recent commit: 3f2a9c1 (2 days ago)\n"
            "Requirement already satisfied: rich in ./lib (13.7.1)\n"
            "Best match: numpy 1.26.4\n")
    assert set(read(text)) == {"loss", "acc"}


# -- LOCATED_VALUE (value_phrase) --------------------------------------------------------------------


def test_an_optimum_with_its_coordinates_gives_only_the_optimum():
    points = read(TRAINING + "Rastrigin: best cost 0.00132 at x=1.0224, y=1.0423\n"
                  "Sphere: best cost 0.000129 at 0.0073, 0.0081, 0.0034\n"
                  "minimum 1.2e-4 at [0.1 0.2]\n")
    # two problems report the same key: each line's label names its own (LEAD_LABEL_RUN)
    assert points["Rastrigin/best cost"] == [(0.0, 0.00132)]
    assert points["Sphere/best cost"] == [(0.0, 0.000129)]
    assert points["minimum"] == [(0.0, 0.00012)]
    assert not {"x", "y", "Rastrigin", "Sphere", "best cost"} & set(points)


def test_a_located_value_needs_a_result_name_a_measured_value_and_a_point():
    assert located_value("loss 0.31 at x=2") == [("loss", "0.31")]
    assert located_value("lr 0.1 at x=3") == []  # a setting's name
    assert located_value("best cost 3 at x=1.0") == []  # a whole number: a count
    assert located_value("best cost 0.5 at 12") == []  # one bare number: not a point
    assert located_value("Saved checkpoint 3 at 12, 14") == []
    assert located_value("best cost 0.5 at /tmp/run") == []  # a path is no point


def test_a_colon_keeps_the_line_a_line_of_pairs():
    points = read(TRAINING + "optimal cost: 3.186379 at x1 = -0.783930, x2 = 0.620849\n")
    assert points["optimal cost"] == [(0.0, 3.186379)]


def test_located_values_leave_ps_df_and_free_alone():
    text = (TRAINING + "root      1234  0.5  1.2 169316 13200 ?  Ss   Dec04   0:03 /sbin/init\n"
            "/dev/sda1        98G   41G   53G  44% /\n"
            "Mem:           15896        6060        1270         512        8565        9198\n")
    assert set(read(text)) == {"loss", "acc"}


# -- COUNTED_MODIFIER (formats) ----------------------------------------------------------------------


def test_a_result_sentence_may_open_with_a_counted_modifier_and_close_with_an_aside():
    points = read(TRAINING + "5-NN accuracy on the embedding: 0.9520 (5-fold CV)\n"
                  "10-fold accuracy of the final model: 0.871\n")
    assert points["5-NN accuracy on the embedding"] == [(0.0, 0.952)]
    assert points["10-fold accuracy of the final model"] == [(0.0, 0.871)]


def test_a_modifier_of_letters_or_an_aside_with_a_value_is_not_read_so():
    points = read(TRAINING + "accuracy on the test set: 0.9 (best 0.95)\n"
                  "5-NN weights in the index: 0.5\n")  # no result word after the modifier
    assert set(points) == {"loss", "acc"}
    text = (TRAINING + "-rw-r--r-- 1 user staff 4096 Dec  5 10:00 5-fold results.txt\n"
            "* 3f2a9c1 (HEAD -> main) 5-NN accuracy on the embedding: fix (#12)\n")
    assert set(read(text)) == {"loss", "acc"}


# -- NOT_METRIC_WORDS: a limit is a bound set for the run, as a tolerance is ------------------------


def test_a_limit_beside_a_measured_value_is_no_metric():
    points = read(TRAINING + "[Probing] objective: 0.25 (limit: 1) wall_time: 7.7e-07\n"
                  "time limit: 60.0, memory_limit: 4.5\n")
    assert not any("limit" in name for name in points)
    assert points["objective"] == [(0.0, 0.25)]


def test_a_result_named_near_a_limit_word_stays():
    points = read(TRAINING + "delimiter accuracy: 0.93\n")  # a word holding "limit" is no limit
    assert points["delimiter accuracy"] == [(0.0, 0.93)]


# -- ANNOUNCED_SETTINGS (printed_config) -------------------------------------------------------------


def test_an_optimisers_banner_gives_its_settings_as_config():
    points, params = read_with_params(
        TRAINING + "(5_w,10)-aCMA-ES (mu_w=3.2,w_1=45%) in dimension 8 (seed=11, Sat Dec  5 2026)\n")
    assert set(points) == {"loss", "acc"}
    assert ("mu_w", "3.2") in params and ("seed", "11") in params


def test_a_banner_of_results_or_with_pairs_before_its_name_still_reports():
    assert read(TRAINING + "validation (loss=0.41, acc=0.88) in 3 s\n")["val/loss"] == [(0.0, 0.41)]
    points = read(TRAINING + "Epoch 3 (mu=0.5) done (x=0.9)\n")
    assert points["mu"] == [(3.0, 0.5)] and points["x"] == [(3.0, 0.9)]
    text = TRAINING + "Filesystem (type=ext4) mounted on / (size=98G)\n"  # df-like: no value read
    assert set(read(text)) == {"loss", "acc"}
