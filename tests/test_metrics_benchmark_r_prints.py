"""Rules written from the structure of the fourteenth half's benchmark reports and R model
summaries (a line of times summed with its rate, a chart of rates and relative speeds, a task
table with a spread column, R's coefficient rows with significance stars, glossed statistics,
intervals, named vectors), each checked on invented lines: what the rule reads, and
look-alikes (``ps``, ``df -h``, ``ls -l``, ``free -m``, ``top``, pip, git) it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read, values

_LOOK_ALIKES = (
    "  PID TTY          TIME CMD\n"
    " 4242 pts/0    00:00:01 python\n"
    "Filesystem      Size  Used Avail Use% Mounted on\n"
    "/dev/vda        252G   87G   15G  86% /\n"
    "-rw-r--r-- 1 root root 4096 Dec  5 10:00 notes.txt\n"
    "               total        used        free      shared  buff/cache   available\n"
    "Mem:            7982        1234        4567          12        2181        6500\n"
    "Swap:           2047           0        2047\n"
    "  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
    " 4242 root      20   0  912300  61200  10220 S   6.2   0.8   0:01.20 python\n"
    "Tasks: 201 total,   1 running, 200 sleeping,   0 stopped,   0 zombie\n"
    "Package    Version\n"
    "---------- -------\n"
    "numpy      2.4.6\n"
    "rich       15.0.0\n"
    " 3 files changed, 40 insertions(+), 2 deletions(-)\n"
    "Total: 5 files, 3 dirs (2.5 MB)\n"
)


def test_look_alikes_give_nothing():
    assert read(_LOOK_ALIKES) == {}


# -- AMOUNT_SUM ------------------------------------------------------------------------------


def test_a_line_of_times_summed_names_each_by_its_case():
    text = ("Running cases for at least 1 CPU second...\n"
            "  parse: 1.204 wallclock secs ( 1.10 usr +  0.02 sys =  1.12 CPU) @ 512.50/s (n=574)\n"
            " encode: 0.93 wallclock secs ( 0.90 usr +  0.01 sys =  0.91 CPU) @ 90.11/s (n=82)\n")
    got = values(text)
    assert got["parse/wallclock secs"] == [1.204]
    assert got["parse/usr"] == [1.10]
    assert got["parse/CPU"] == [1.12]
    assert got["parse/rate"] == [512.5]
    assert got["encode/sys"] == [0.01]
    assert not any(name.endswith("/n") or name == "n" for name in got)


def test_amounts_without_a_sum_or_a_rate_are_no_amount_sum():
    got = values("Summary: 3 files (2 dirs) 4.5 seconds\nBuild: 12 targets (0 failed)\n")
    assert not any("/" in name for name in got)


# -- RATE_CELL: Perl's cmpthese chart ---------------------------------------------------------


def test_a_chart_of_rates_names_each_cell_by_row_and_column():
    text = ("      Rate slow fast\n"
            "slow 120/s   -- -40%\n"
            "fast 200/s  67%   --\n")
    got = values(text)
    assert got["slow/Rate"] == [120.0]
    assert got["slow/fast"] == [-40.0]
    assert got["fast/slow"] == [67.0]
    assert got["fast/Rate"] == [200.0]
    assert "slow/slow" not in got and "fast/fast" not in got


# -- BULLET_LABEL, SPREAD_COLUMN --------------------------------------------------------------


def test_a_task_table_with_bullets_and_a_spread_column():
    text = ("   name           hz     min     max     rme  samples\n"
            " · hash map  1,204.50  0.7012  2.1003  ±3.12%      603\n"
            " · tree map    880.25  1.0040  3.9021  ±4.50%      441\n"
            "\n")
    got = values(text)
    assert got["hash map/hz"] == [1204.5]
    assert got["hash map/rme"] == [3.12]
    assert got["tree map/max"] == [3.9021]
    assert not any(name.startswith("·") for name in got)


# -- SIGNIF_STARS, BOUND_CELL -----------------------------------------------------------------


def test_coefficient_rows_with_stars_and_bounds_keep_their_values():
    text = ("Coefficients:\n"
            "\n"
            "          estimate      se     zval    pval\n"
            "slope       0.5120  0.1010   5.0693  <.0001  ***\n"
            "offset     -0.0300  0.0402  -0.7463  0.4555      \n"
            "\n")
    got = values(text)
    assert got["slope/estimate"] == [0.512]
    assert got["slope/zval"] == [5.0693]
    assert "slope/pval" not in got
    assert got["offset/pval"] == [0.4555]


def test_an_unlabelled_row_with_stars_gives_the_column_names():
    text = ("Results:\n"
            "\n"
            "estimate      se     zval    pval    ci.lb    ci.ub\n"
            " -0.3100  0.0800  -3.8750  <.0001  -0.4668  -0.1532  ***\n"
            "\n"
            "done\n")
    got = values(text)
    assert got["estimate"] == [-0.31]
    assert got["ci.ub"] == [-0.1532]
    assert "pval" not in got


# -- GAPPED_PAIRS ------------------------------------------------------------------------------


def test_pairs_set_in_wide_columns_keep_their_first_pair():
    got = values("AIC 402.1833    BIC 410.0071    logLik -196.0917\n")
    assert got == {"AIC": [402.1833], "BIC": [410.0071], "logLik": [-196.0917]}


# -- GLOSSED_NAME, STATISTIC_ARGS, STATISTICAL_TEST ---------------------------------------------


def test_a_glossed_symbol_is_named_by_the_symbol():
    text = ("Iteration 12: deviance 45.21\n"
            "sigma^2 (estimated variance of the random effect): 0.0420 (SE = 0.0110)\n"
            "rho (correlation between the two outcomes):    0.61\n")
    got = values(text)
    assert got["sigma^2"] == [0.042]
    assert got["SE"] == [0.011]
    assert got["rho"] == [0.61]


def test_a_qualifier_in_parentheses_stays_in_the_name():
    got = values("loss (val set): 0.52\nacc (on the valid split): 0.91\n")
    assert "loss" not in got and "acc" not in got


def test_a_statistic_with_its_degrees_of_freedom_under_a_test_heading():
    text = ("Iteration 12: deviance 45.21\n"
            "Test for Residual Effects:\n"
            "F(2, 27) = 3.4100, p-val = 0.0480\n"
            "\n"
            "Test of Slopes (coefficient 2):\n"
            "X2(df = 1) = 9.5000, p-val = 0.0021\n")
    got = values(text)
    assert got["F"] == [3.41]
    assert got["X2"] == [9.5]
    assert not any(name.startswith("test/") for name in got)


# -- INTERVAL_VALUES ---------------------------------------------------------------------------


def test_an_interval_gives_both_bounds_under_its_name():
    text = ("Sensitivity at cutoff: 0.81\n"
            "90% CI: 0.7020-0.8810 (bootstrap)\n"
            "99 percent confidence interval:\n"
            " -0.2501  0.0377\n")
    got = values(text)
    assert got["90% CI"] == [0.702, 0.881]
    assert got["99 percent confidence interval"] == [-0.2501, 0.0377]


def test_numbers_under_a_heading_naming_no_interval_give_nothing():
    got = values("Cluster sizes:\n  1   2   3\n 12  30  41\nRange: 3-9\n")
    assert got == {}


# -- NAMED_VECTOR -----------------------------------------------------------------------------


def test_a_named_vector_names_each_value_by_the_words_over_it():
    text = ("point estimates:\n"
            "mean of x mean of y \n"
            "   2.5031    3.1400 \n")
    got = values(text)
    assert got["mean of x"] == [2.5031]
    assert got["mean of y"] == [3.14]


def test_numbers_not_ending_under_names_are_no_named_vector():
    got = values("alpha beta gamma\n  0.5    0.25   0.125\n")
    assert not any(" " in name for name in got)


# -- SETTINGS_LABEL ----------------------------------------------------------------------------


def test_pairs_after_a_parameter_label_are_no_metrics():
    got = values(" parameter : nu = 0.2  gamma = 4 \nTraining error : 0.031 \n")
    assert got == {"Training error": [0.031]}


# -- RANGE_FIELD, RATIO_LINE -------------------------------------------------------------------


def test_a_rate_line_with_its_range_and_a_summary_of_ratios():
    text = ("split words      x 12,040 ops/sec (9 runs sampled) min..max=(80.10us...95.33us)\n"
            "regex split      x 8,100 ops/sec (10 runs sampled) min..max=(119.02us...140.90us)\n"
            "\n"
            "Summary (vs. baseline):\n"
            "  regex split  (baseline)\n"
            "  split words  (1.49x faster)\n")
    got = values(text)
    assert got["split words/ops/sec"] == [12040.0]
    assert got["split words/min"] == [80.1]
    assert got["regex split/max"] == [140.9]
    assert got["split words/faster"] == [1.49]
    assert not any(name.startswith("regex split/faster") for name in got)


# -- ONE_COLUMN_MATRIX -------------------------------------------------------------------------


def test_a_one_column_matrix_names_each_row_by_its_term_and_the_column():
    text = ("Fitted terms:\n"
            "\n"
            "                    estimates\n"
            "(Intercept)          4.120031\n"
            "pmax(0, x - 2.5)    -0.812200\n"
            "log(z)               0.050010\n")
    got = values(text)
    assert got["(Intercept)/estimates"] == [4.120031]
    assert got["pmax(0, x - 2.5)/estimates"] == [-0.8122]
    assert got["log(z)/estimates"] == [0.05001]


def test_a_row_whose_number_ends_under_no_lone_name_is_no_matrix_row():
    text = ("Summary\n"
            "(Intercept)     4.12\n"
            "Residual df      12\n")
    assert not any("/" in name for name in values(text))
