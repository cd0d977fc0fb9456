"""Rules that tell a run's settings from its results by where they are printed (a title's
asides, a run under a rule, a label naming weights), how they are spelt (a Python dict's flags, a range's step)
or what they are called (a limit), each checked on invented lines: what the rule reads as params, and look-alikes (a
step's line, a result beside the asides, ``ps``, ``df -h``, ``ls -l``, ``free -m``, git) it
must leave alone."""

from __future__ import annotations

from tests.metric_reading import read, read_with_params

# -- TITLE_ASIDES: every pair of a title line set in parentheses ----------------------------------


def test_pairs_all_in_asides_around_a_title_are_params():
    text = ("(3_w,7)-aES (mu_w=2.2,w_1=55%) in dimension 5 (seed=4, Mon Jan  2 10:00:00 2027)\n"
            "Iter  fevals  fvalue\n"
            "    1      7  4.5e+01\n"
            "    2     14  3.1e+01\n")
    metrics, params = read_with_params(text)
    assert set(metrics) == {"fevals", "fvalue"}
    assert params == [("mu_w", "2.2"), ("w_1", "55%"), ("seed", "4")]  # as printed (ANNOUNCED_SETTINGS reads it first)


def test_a_title_with_its_settings_in_two_asides_gives_no_metric():
    metrics, params = read_with_params("grid run (alpha=0.5, beta=2) on dataset B (rank=4)\n")
    assert metrics == {}
    assert [name for name, _ in params] == ["alpha", "beta", "rank"]


def test_a_result_among_the_asides_stays_a_metric():
    # A look-alike: a result word says the line reports what the run did.
    assert read("model B (loss=0.25, width=3)\n") == {"loss": [(0.0, 0.25)], "width": [(0.0, 3.0)]}


def test_a_pair_outside_the_asides_keeps_the_line_a_report():
    # A look-alike: "score=0.75" stands in the open, so the line is no title.
    metrics = read("trial 7 (alpha=0.5, beta=2) score=0.75\n")
    assert metrics["score"] == [(0.0, 0.75)]


def test_one_aside_pair_stays_a_value():
    # A look-alike: a single pair in parentheses is an aside of the title ("delta BIC").
    assert read("gaussian (delta BIC = 159.2)\n") == {"delta BIC": [(0.0, 159.2)]}


# -- NOT_METRIC_WORDS: a limit is a bound set for the run --------------------------------------------


def test_a_limit_beside_results_is_no_metric():
    text = "step 3 loss: 0.25 (limit: 1) acc: 0.5\nstep 4 loss: 0.2 acc: 0.5 iter_limit: 9\n"
    assert read(text) == {"loss": [(3.0, 0.25), (4.0, 0.2)], "acc": [(3.0, 0.5), (4.0, 0.5)]}


def test_a_name_that_only_holds_the_letters_stays_a_metric():
    # A look-alike: "delimiter" and "sublimit..." are no word "limit"; "lower bound" is a result.
    assert read("lower bound: -12.5  preliminary_loss: 0.5\n") == {
        "lower bound": [(0.0, -12.5)], "preliminary_loss": [(0.0, 0.5)]}


# -- WEIGHTS_LABEL: pairs after a label naming weights ---------------------------------------------


def test_a_dict_after_a_weights_label_gives_nothing():
    text = ("\tEnsemble Weights: {'GBM': 0.75, 'KNN': 0.25}\n"
            "Loss weights: loss_cls=1.0, loss_box=5.0\n")
    assert read(text) == {}


def test_a_dict_after_another_label_stays_metrics():
    # A look-alike: a label naming results, and one naming sizes over decimals (measured).
    text = "Results: {'acc': 0.5, 'f1': 0.25}\nweight sizes: mean=0.5\n"
    assert read(text) == {"acc": [(0.0, 0.5)], "f1": [(0.0, 0.25)], "mean": [(0.0, 0.5)]}


# -- FLAG_RECORD and RANGE_STEP: a search space printed as Python dicts ------------------------------


def test_python_dicts_of_a_search_space_are_params():
    text = ("Search space\n"
            "{'default': None, 'min_value': 4, 'max_value': 64, 'step': 4}\n"
            "{'default': 0.5, 'choices': [0.5, 0.25], 'ordered': False}\n"
            "epoch 1 loss 0.75\nepoch 2 loss 0.5\n")
    metrics, params = read_with_params(text)
    assert metrics == {"epoch": [(1.0, 1.0), (2.0, 2.0)], "loss": [(1.0, 0.75), (2.0, 0.5)]}
    assert ("min_value", "4") in params and ("step", "4") in params
    assert ("choices", "[0.5, 0.25]") in params


def test_a_dict_with_a_flag_and_a_step_stays_a_record():
    # Look-alikes: a step with no range's ends is the run's counter; a JSON log's "true" is
    # its own spelling; a result among the keys says the dict reports.
    text = ("{'step': 5, 'lr': 0.25, 'warmup': True}\n"
            '{"step": 6, "lr": 0.5, "warmup": true}\n'
            "{'epoch': 1, 'loss': 0.5, 'best': True}\n")
    assert read(text) == {"step": [(5.0, 5.0), (6.0, 6.0)], "lr": [(5.0, 0.25), (6.0, 0.5)],
                          "epoch": [(1.0, 1.0)], "loss": [(1.0, 0.5)]}


# -- RULED_SETTINGS: a summary's settings under a bare rule, after training -----------------------

_TRAINING = "gen 1 fitness 0.5\ngen 2 fitness 0.75\n"


def test_a_run_of_settings_with_a_flag_under_a_rule_is_params():
    text = _TRAINING + ("==============================\n"
                        "Pool Size: (8, 4)\n"
                        "Keep Parents: 2\n"
                        "Crossover Rate: 0.5\n"
                        "Save History: False\n"
                        "==============================\n")
    metrics, params = read_with_params(text)
    assert metrics == {"gen": [(1.0, 1.0), (2.0, 2.0)], "fitness": [(1.0, 0.5), (2.0, 0.75)]}
    assert ("Keep Parents", "2") in params and ("Crossover Rate", "0.5") in params


def test_a_run_under_a_rule_with_a_result_or_no_flag_stays_values():
    # Look-alikes: a result among the keys; no flag; a heading between the rule and the run.
    results = "====================\nAccuracy: 0.75\nCrossover Rate: 0.5\nConverged: True\n"
    no_flag = "====================\nBest Fitness: 3.5\nMean Gap: 0.25\n"
    headed = "====================\nSummary\nMean Gap: 0.125\nStopped: True\n"
    metrics = read(_TRAINING + results + "\n" + no_flag + "\n" + headed)
    assert metrics["Accuracy"] == [(2.0, 0.75)] and metrics["Crossover Rate"] == [(2.0, 0.5)]
    assert metrics["Best Fitness"] == [(2.0, 3.5)]
    assert metrics["Mean Gap"] == [(2.0, 0.25), (2.0, 0.125)]


def test_system_output_gives_nothing():
    plain = ("Filesystem      Size  Used Avail Use% Mounted on\n"
             "/dev/sda1        40G   18G   20G  48% /\n"
             "  PID TTY          TIME CMD\n"
             " 4121 pts/0    00:00:00 bash\n"
             "-rw-r--r-- 1 ada staff 4096 Dec  5 10:01 results.csv\n"
             "               total        used        free      shared  buff/cache   available\n"
             "Mem:           15988        6120        4301         512        5566        9012\n"
             "commit 3f2a9c1 (HEAD -> main, origin/main)\n"
             " 2 files changed, 14 insertions(+), 3 deletions(-)\n")
    assert read(plain) == {}
