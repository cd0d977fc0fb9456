"""Rules written from the structure of solver and sampler traces the fourteenth half missed (a
row index and a colon opening a line of pairs, a step letter over a measured time, ...), each
checked on invented lines: one that the rule reads, and look-alikes it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read

LOOK_ALIKES = (
    "  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
    " 1234 root      20   0  123456  12345   1234 S   1.3   0.2   0:01.23 python\n"
    "Filesystem      Size  Used Avail Use% Mounted on\n"
    "/dev/vda        252G   87G   15G  86% /\n"
    "-rw-r--r-- 1 root root 1234 Dec  5 23:40 truth.json\n"
    "               total        used        free      shared  buff/cache   available\n"
    "Mem:           15896        6060        1270         512        8565        9198\n"
    "Requirement already satisfied: numpy in ./.venv/lib/python3.11/site-packages (2.4.6)\n"
    " 3 files changed, 41 insertions(+), 7 deletions(-)\n"
    "12:30:01 job 3: started\n"
)


def test_look_alikes_give_nothing():
    assert read(LOOK_ALIKES) == {}


# -- INDEX_COLON (prefixes), MEASURED_STEP_KEY (steps, templates) ---------------------------------

TRACE = ("   0: f: 2.420000e+01 d: 0.00e+00 g: 2.16e+02 it: 4.05e-06 tt: 4.05e-06\n"
         "   1: f: 4.280493e+00 d: 1.99e+01 g: 1.52e+01 it: 2.10e-05 tt: 3.60e-05\n"
         "   2: f: 3.571154e+00 d: 7.09e-01 g: 1.35e+01 it: 6.91e-06 tt: 5.29e-05\n")


def test_a_row_index_and_a_colon_opening_pairs_is_their_step():
    points = read(TRACE)
    assert points["f"] == [(0.0, 24.2), (1.0, 4.280493), (2.0, 3.571154)]
    assert points["it"] == [(0.0, 4.05e-06), (1.0, 2.1e-05), (2.0, 6.91e-06)]  # no step: a time


def test_a_step_key_over_a_number_in_exponent_form_is_no_step():
    points = read("loss=0.9 it=2.5e-03\nloss=0.8 it=3.1e-03\n")
    assert points["loss"] == [(0.0, 0.9), (1.0, 0.8)]  # counted, not stepped by the time
    assert read("loss=0.7 step=4e2\n")["loss"] == [(400.0, 0.7)]  # a whole number still counts


def test_a_clock_or_an_index_before_prose_is_no_index_step():
    points = read("12:30:01 loss: 0.5\n 7: loss 0.4 (a sentence)\n 8: done: 3 of 4\n")
    assert points.get("loss", [])[:1] != [(7.0, 0.4)]
    assert "done" not in points or points["done"][0][0] == 8.0


# -- TAB_COMMA_FIELD (prefixes) ---------------------------------------------------------------------


def test_a_tab_field_closed_by_a_comma_is_read():
    text = "0:\t[0s / 0s],\t\ttrain_loss: 3.2455,\tval_loss: 3.8414\n1:\t[1s / 1s],\t\ttrain_loss: 2.9,\tval_loss: 3.5\n"
    points = read(text)
    assert points["train_loss"] == [(0.0, 3.2455), (1.0, 2.9)]
    assert points["val_loss"] == [(0.0, 3.8414), (1.0, 3.5)]


# -- ESTIMATED_SAMPLES, SERIES_TIME (vocabulary) --------------------------------------------------

def test_an_effective_sample_size_and_an_autocorrelation_time_are_results():
    points = read("epoch 1 loss 0.5\nEffective Sample Size: 1137.9\n"
                  "Mean Integrated Autocorrelation Time: 5.62\n")
    assert points["Effective Sample Size"] == [(1.0, 1137.9)]
    assert points["Mean Integrated Autocorrelation Time"] == [(1.0, 5.62)]


def test_a_batch_size_and_a_clock_time_stay_out():
    points = read("epoch 1 loss 0.5\nEffective batch size: 256\nMean epoch time: 3.2\nSample size: 400.5\n")
    assert set(points) == {"loss", "epoch"}


# -- STATISTIC_OF (formats, grammar) -----------------------------------------------

def test_a_statistic_word_before_an_identifier_stays_in_its_name():
    points = read("posterior mean log_sigma: -0.8635\nposterior std log_sigma: 0.4189\n")
    assert points == {"posterior mean log_sigma": [(0.0, -0.8635)],
                      "posterior std log_sigma": [(0.0, 0.4189)]}
    assert read("Best val_acc: 0.87\n") == {"val_acc": [(0.0, 0.87)]}  # IDENTIFIER_NAME


# -- FRACTION_RESULT (fields) -------------------------------------------------------------------------

def test_a_fraction_worked_out_after_equals_gives_the_ratio():
    points = read("t: 0, eps: 3.01\nAccepted: 100 / 241 = 4.1494e-01, ESS: 9.6984e+01.\n")
    assert points["Accepted"] == [(0.0, 0.41494)]
    assert read("Resolving deltas: 100% (10/10), done.\n") == {}  # git: a progress count


# -- NO_NUMBER_CELL (right_aligned), ENDS_IN_WORD_CELLS one space (grammar, _scan.c) -------------

OPTIMX = ("                   p1        p2        value fevals gevals convcode  kkt1\n"
          "Nelder-Mead 1.0002601 1.0005060 8.825241e-08    195     NA        0 FALSE\n"
          "BFGS        1.0000000 1.0000000 9.594956e-18    110     43        0  TRUE\n"
          "            kkt2 score\n"
          "Nelder-Mead TRUE 0.750\n"
          "BFGS        TRUE 0.812\n")


def test_r_logical_and_missing_cells_hold_their_place_and_give_nothing():
    points = read(OPTIMX)
    assert points["Nelder-Mead/value"] == [(0.0, 8.825241e-08)]
    assert points["BFGS/p2"] == [(0.0, 1.0)]
    assert points["Nelder-Mead/score"] == [(0.0, 0.75)] and points["BFGS/score"] == [(0.0, 0.812)]
    assert not any("kkt" in name or "TRUE" in name or "gevals" in name and "Nelder" in name
                   for name in points)


def test_prose_ending_in_a_capital_word_is_no_row():
    assert read("Found 3 GPUs, using 0 NONE\nprocessed 12 OK\n") == {}


# -- INDEX_STEP drops its index, a named index, LONE_INDEX (steps, parser) -----------------------

def test_an_index_opening_the_pairs_steps_them_and_is_no_metric():
    text = ("ABC INFO: Calibration sample t = -1.\n"
            "ABC INFO: t: 0, eps: 3.01e+00.\nABC INFO: t: 1, eps: 1.44e+00.\n"
            "Timing t=1 [s]: total=0.884, simulation=0.585\n")
    points = read(text)
    assert points["eps"] == [(0.0, 3.01), (1.0, 1.44)]
    assert points["total"] == [(1.0, 0.884)] and points["simulation"] == [(1.0, 0.585)]
    assert not any(name.endswith("t") and len(name.split()[-1]) == 1 for name in points)


def test_a_capital_a_word_or_a_decimal_is_no_index():
    points = read("epoch 1 loss 0.5\nN=2 cost=695.5\nx = 0.25\nbeta = 3\n")
    assert points["cost"] == [(1.0, 695.5)] and points["x"] == [(1.0, 0.25)]
    assert points["beta"] == [(1.0, 3.0)]
