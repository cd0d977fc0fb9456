"""Rules written from the structure of the twelfth half's output (a metaheuristic's settings
logged as its repr, a result line labelled by the method and the problem it ran on, ...), each
checked on invented lines: one that the rule reads, and a look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params, read


# -- LOGGED_REPR (printed_config) --------------------------------------------------------------

LOGGED = ("2026/01/02 10:00:00 AM, INFO, swarm.Flock: Flock(epoch=50, pop_size=40, c1=1.5, "
          "inertia=0.7)\n"
          "2026/01/02 10:00:00 AM, INFO, swarm.Flock: >>>Epoch: 1, Current best: 3.25, "
          "Global best: 3.25\n")


def test_a_logged_repr_of_settings_is_config_even_with_a_step_key_among_them():
    points, params = read_with_params(LOGGED)
    assert "c1" not in points and "inertia" not in points and "epoch" not in points
    assert dict(params)["c1"] == "1.5" and dict(params)["inertia"] == "0.7"
    assert points["Current best"] == [(1.0, 3.25)]


def test_a_logged_repr_naming_a_result_or_only_steps_still_reports():
    points = read("2026/01/02 10:00:00 AM, INFO, app: Scores(val_acc=0.93, f1=0.91)\n")
    assert points["val_acc"] == [(0.0, 0.93)] and points["f1"] == [(0.0, 0.91)]
    points, params = read_with_params("Progress(epoch=3, step=20)\n")
    assert params == [] and "step" in points


# -- SUBJECT_LABEL (plain) ---------------------------------------------------------------------

SUBJECTS = ("Annealer on sphere: best cost 12.5\n"
            "Annealer on griewank: best cost 0.75\n")


def test_a_method_on_problem_label_lets_one_plain_pair_report():
    assert read(SUBJECTS.splitlines(keepends=True)[0]) == {"best cost": [(0.0, 12.5)]}
    # two pairings reporting the same key are named by their labels (SUBJECT_RUN)
    assert read(SUBJECTS) == {"Annealer on sphere/best cost": [(0.0, 12.5)],
                              "Annealer on griewank/best cost": [(0.0, 0.75)]}


def test_a_sentence_or_a_step_before_on_is_no_subject_label():
    assert read("Running on cuda: took 3.5\n") == {}
    assert read("epoch on gpu0: loss 0.5\n") == {}
    assert read("best cost 12.5\n") == {}


# -- SETTINGS_GROUP closed by a colon (held_config) ----------------------------------------------

GRID = ("depth=2 width=8: Validation Accuracy = 91.5%\n"
        "depth=2 width=16: Validation Accuracy = 93.25%\n")


def test_a_run_of_glued_settings_closed_by_a_colon_is_no_series():
    assert read(GRID) == {"Validation Accuracy": [(0.0, 91.5), (1.0, 93.25)]}


def test_glued_results_or_steps_before_a_colon_still_report():
    points = read("loss=0.31 acc=0.5: best = 0.9\n")
    assert points["loss"] == [(0.0, 0.31)]
    points = read("epoch=3 step=10: loss = 0.5\n")
    assert points["loss"] == [(3.0, 0.5)]


# -- PERCENT_COUNT (fields) ------------------------------------------------------------------------

def test_a_percentage_with_its_count_is_the_percentage():
    assert read("Hit rate = 88.5% (177/200) (ranking)\n") == {"Hit rate": [(0.0, 88.5)]}
    assert read("Hit rate: 9903/10000 (99%)\n")["Hit rate"] == [(0.0, 99.0)]


def test_a_count_with_its_share_or_a_whole_progress_percentage_stays_no_value():
    assert read("CATEGORICAL: 2 (50%)\n") == {}
    assert read("Unpacking objects: 100% (12/12), done.\n") == {}


# -- SCHEDULE_DICT (held_config) ---------------------------------------------------------------

def test_a_dict_after_schedule_is_config():
    points, params = read_with_params("schedule: {'t_start': 900.0, 't_end': 0.5, 'steps': 4000}\n")
    assert points == {} and dict(params)["t_start"] == "900.0"


def test_pairs_after_schedule_without_a_dict_stay_metrics():
    points, params = read_with_params("schedule: lr=0.01 loss=0.52\n")
    assert points["loss"] == [(0.0, 0.52)] and params == []


# -- AFTER_COUNT: what a value spans (grammar) -----------------------------------------------------

def test_a_count_of_what_a_value_spans_closes_the_pair():
    assert read("shortest route: 812.5 km through 12 towns\n") == {
        "shortest route": [(0.0, 812.5)]}
    assert read("mean reward: 31.5 over 10 episodes\n") == {"mean reward": [(0.0, 31.5)]}


def test_a_value_followed_by_prose_is_still_no_pair():
    assert read("shortest route: 812.5 over the weekend\n") == {}
