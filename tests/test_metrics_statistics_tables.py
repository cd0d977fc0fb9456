"""COUNTED_COLUMNS (counted), INDEXED_ROWS (indexed), SPACED_EQUALS (equal_runs) and BOUND_CELL
(placed): a statistics package's printed summaries, each checked on invented lines, with the
look-alikes (``ps``, ``top``, ``df -h``, ``ls -l``, a pip table) that must give nothing."""

from __future__ import annotations

from expctl.metrics.equal_runs import equal_runs
from tests.metric_reading import read, values


# -- COUNTED_COLUMNS ---------------------------------------------------------------------------------

def test_a_row_per_statistic_and_a_column_per_count_of_trees():
    text = ("Out-of-bag error by forest size:\n"
            "         (Base)  10 trees  20 trees  40 trees\n"
            "oob       0.412     0.231     0.197     0.183\n"
            "holdout   0.420     0.240     0.201     0.190\n"
            "\n")
    found = read(text)
    assert [value for _, value in found["oob"]] == [0.412, 0.231, 0.197, 0.183]
    assert [step for step, _ in found["oob"]][1:] == [10.0, 20.0, 40.0]
    assert [step for step, _ in found["holdout"]][1:] == [10.0, 20.0, 40.0]
    assert [value for _, value in found["holdout"]] == [0.42, 0.24, 0.201, 0.19]


def test_the_rows_go_on_under_their_header_and_a_vector_without_a_label_names_nothing():
    text = ("Explained by layers:\n"
            "      1 layers  2 layers  3 layers\n"
            "fit      61.50     80.25     88.00\n"
            "check    58.00     77.10     84.90\n"
            "Per layer count:\n"
            "  1 layers  2 layers  3 layers\n"
            "     0.512     0.733     0.801\n"
            "\n")
    found = read(text)
    assert sorted(found) == ["check", "fit"]
    assert found["check"] == [(1.0, 58.0), (2.0, 77.1), (3.0, 84.9)]


def test_counts_of_different_things_or_falling_counts_are_no_counted_header():
    text = ("      1 epoch  3 steps  5 runs\n"
            "loss     0.51     0.42    0.40\n"
            "\n"
            "      3 comps  2 comps  1 comps\n"
            "acc      0.91     0.88    0.80\n")
    assert read(text) == {}


def test_top_and_ps_listings_give_nothing():
    text = ("  PID USER      PR  NI    VIRT    RES  %CPU  %MEM     TIME+ COMMAND\n"
            " 1234 alice     20   0  812344  51200   3.0   0.6   0:01.52 python\n"
            "  PID TTY          TIME CMD\n"
            " 4321 pts/0    00:00:00 bash\n")
    assert read(text) == {}


# -- INDEXED_ROWS -----------------------------------------------------------------------------------

def test_numbered_rows_under_names_one_space_apart():
    text = ("Pruning table:\n"
            "       alpha nleaves train loss cv loss  cv sd\n"
            "1 0.2500000       1    1.00000  1.0120 0.2010\n"
            "2 0.0800000       2    0.61234  0.7001 0.1550\n"
            "3 0.0100000       5    0.40000  0.6500 0.1400\n"
            "\n")
    assert values(text) == {"alpha": [0.25, 0.08, 0.01], "train loss": [1.0, 0.61234, 0.4],
                            "cv loss": [1.012, 0.7001, 0.65], "cv sd": [0.201, 0.155, 0.14]}


def test_a_header_parted_by_gaps_or_tabs_is_left_to_the_other_tables():
    text = ("gen\tnevals\tavg  \tmax\n"
            "0  \t60    \t51.48\t64 \n"
            "1  \t35    \t55.9 \t66 \n")
    found = read(text)  # the logbook's own reading stands: "gen" is the step
    assert found["avg"] == [(0.0, 51.48), (1.0, 55.9)] and found["max"] == [(0.0, 64.0), (1.0, 66.0)]


def test_ls_and_df_listings_give_nothing():
    text = ("total 12\n"
            "-rw-r--r-- 1 alice staff 1204 Dec  5 10:01 notes.txt\n"
            "Filesystem      Size  Used Avail Use% Mounted on\n"
            "/dev/sda1        98G   41G   52G  45% /\n"
            "tmpfs           7.8G     0  7.8G   0% /dev/shm\n")
    assert read(text) == {}


def test_pip_list_gives_nothing():
    text = ("Package    Version\n"
            "---------- -------\n"
            "numpy      2.1.0\n"
            "pip 24.0 build\n")
    assert read(text) == {}


# -- SPACED_EQUALS ----------------------------------------------------------------------------------

def test_runs_of_labels_in_a_package_notation_and_a_count_among_them():
    text = ("Adj. R-sq =  0.642   Error (%) = 12.5%\n"
            "-logLik = 431.7  Disp. est. = 1.25     n = 250\n")
    assert values(text) == {"Adj. R-sq": [0.642], "Error (%)": [12.5], "-logLik": [431.7],
                            "Disp. est.": [1.25]}


def test_a_step_key_among_the_runs_stays_the_step():
    text = "iter = 1  f(x) = 0.51  |g| = 0.2\niter = 2  f(x) = 0.40  |g| = 0.1\n"
    found = read(text)
    assert found["f(x)"] == [(1.0, 0.51), (2.0, 0.40)]


def test_runs_not_set_apart_are_a_sentence_not_runs():
    line = "we set x = 1 and y = 2 for the (first) run = 3"
    assert equal_runs(line, 0) is None
    assert "(first) run" not in read(line + "\n")


# -- BOUND_CELL -------------------------------------------------------------------------------------

def test_a_p_value_below_a_bound_ends_a_placed_row():
    text = ("Terms:\n"
            "          coef  se    z  Pr(>|z|)\n"
            "(const)  2.104 0.05 42.1   <1e-12 ***\n"
            "g(age)   0.731 0.12  6.1  < 1e-12 ***\n"
            "\n")
    assert values(text) == {"(const)/coef": [2.104], "(const)/se": [0.05], "(const)/z": [42.1],
                            "g(age)/coef": [0.731], "g(age)/se": [0.12], "g(age)/z": [6.1]}


# -- ENDS_IN_CODE (grammar) ----------------------------------------------------------------------

def test_a_row_closed_by_the_code_dot_is_a_candidate_in_every_scan():
    from expctl.metrics import _scan, grammar

    rows = {"g(day) 2.000  1.000  4.213  0.0712 .": True, "sentence ends here .": False,
            "x .": False, "version 1.2 .": True, "v1.2a .": False}
    filler = "\n".join(["nothing to see in this line"] * 30)
    for wide in (True, False):
        _scan.wide_scan(wide)
        try:
            for row, candidate in rows.items():
                data = f"{filler}\n{row}\n{filler}\n".encode()
                starts = _scan.candidate_starts(data, 0, len(data), 1000) or []
                found = any(data[at:].split(b"\n", 1)[0] == row.encode() for at in starts)
                assert found == grammar.may_hold_metrics(row) == candidate, (wide, row)
        finally:
            _scan.wide_scan(True)


def test_the_code_dot_row_is_read_under_its_header():
    text = ("Smooth terms:\n"
            "          edf Ref.df Chi.sq p-value\n"
            "g(day)  2.000  1.000  4.213  0.0712 .\n"
            "\n")
    found = values(text)
    assert found["g(day)/edf"] == [2.0] and found["g(day)/Chi.sq"] == [4.213]
