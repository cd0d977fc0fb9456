"""The sixteenth half's second round, on invented lines: TITLED_PAIRS (colon-less ``label
value`` blocks under a framed title) and STATED_VALUE (``<name> is <number>`` after a step),
with the look-alikes each rule must leave alone."""

from __future__ import annotations

from tests.metric_reading import read, values

# -- TITLED_PAIRS (titled_pairs, summary) ----------------------------------------------------------


def test_a_block_of_labelled_values_under_a_framed_title_is_read():
    text = ("=== Stratified holdout evaluation ===\n"
            "\n"
            "Properly Ranked Items                  412               88.1156 %\n"
            "Agreement coefficient                    0.7712\n"
            "Mean squared deviation                   0.0311\n"
            "Relative spread                         14.2209  %\n"
            "\n")
    assert values(text) == {"Properly Ranked Items": [88.1156], "Agreement coefficient": [0.7712],
                            "Mean squared deviation": [0.0311], "Relative spread": [14.2209]}


def test_each_titled_block_adds_a_point_to_its_names():
    block = ("--- run {0} ---\n"
             "Mean deviation      0.{0}5\n"
             "Peak deviation      1.{0}0\n"
             "\n")
    got = read(block.format(1) + block.format(2))
    assert [v for _, v in got["Mean deviation"]] == [0.15, 0.25]
    assert [v for _, v in got["Peak deviation"]] == [1.1, 1.2]


def test_a_bare_count_under_a_counting_label_is_left_out():
    text = ("=== Summary ===\n"
            "Total Number of Records       1780\n"
            "Weighted error                0.0420\n")
    assert values(text) == {"Weighted error": [0.042]}


def test_colon_less_listings_without_a_framed_title_give_nothing():
    du = ("4.0K    ./cache\n"
          "128M    ./data\n")
    listing = ("Mean absolute error       0.0486\n"
               "Relative absolute error   11.0723 %\n")
    meminfo = ("MemTotal:       16314748 kB\n"
               "MemFree:         1203412 kB\n")
    files = ("total 12\n"
             "-rw-r--r-- 1 root root  220 Jan  1 10:00 notes.txt\n"
             "drwxr-xr-x 2 root root 4096 Jan  1 10:00 src\n")
    for text in (du, listing, files):
        assert values(text) == {}, text
    assert "MemTotal" not in values(meminfo)


def test_a_block_broken_by_another_line_or_under_a_bare_rule_gives_nothing():
    broken = ("=== Report ===\n"
              "Loaded the model from disk\n"
              "Mean deviation      0.155\n")
    ruled_only = ("==========\n"
                  "Mean deviation      0.155\n")
    for text in (broken, ruled_only):
        assert values(text) == {}, text


def test_a_titled_listing_of_files_or_words_gives_nothing():
    text = ("=== Disk usage ===\n"
            "Filesystem      Size  Used Avail Use% Mounted on\n"
            "/dev/vda        252G   46G   56G  46% /\n"
            "=== Owners ===\n"
            "alice    staff\n")
    assert values(text) == {}


# -- STATED_VALUE (value_phrase, formats) ----------------------------------------------------------


def test_a_stated_value_after_a_step_is_read_at_that_step():
    text = ("Iteration 20: divergence is 3.141500 (20 iterations in 0.05 seconds)\n"
            "Iteration 40: divergence is 2.718200 (20 iterations in 0.04 seconds)\n")
    assert read(text)["divergence"] == [(20.0, 3.1415), (40.0, 2.7182)]
    assert read("Epoch 3: val loss is 0.25\n")["val loss"] == [(3.0, 0.25)]


def test_stated_sentences_that_are_no_result_give_nothing():
    for line in ("Iteration 20: seed is 42\n",                 # a whole number: a count or id
                 "Epoch 3: the loss is 0.25\n",               # prose
                 "Iteration 20: divergence is 3.14 and falling\n",  # more after the value
                 "The error is 0.25\n",                       # no step before it
                 "git version 2.43.0 is installed\n"):
        assert values(line) == {}, line


# -- ITER_BENCH (rates) ----------------------------------------------------------------------------


def test_a_harness_benchmark_line_gives_the_time_per_iteration_and_the_throughput():
    text = ("running 2 tests\n"
            "test parse_big   ... bench:      12,500 ns/iter (+/- 1,040) = 310 MB/s\n"
            "test parse_small ... bench:          87 ns/iter (+/- 3)\n"
            "\n"
            "test result: ok. 0 passed; 0 failed; 0 ignored; 2 measured\n")
    assert values(text) == {"parse_big/ns/iter": [12500.0], "parse_big/MB/s": [310.0],
                            "parse_small/ns/iter": [87.0]}


def test_test_lines_that_are_no_benchmark_give_nothing():
    for line in ("test parse_big ... ok\n",
                 "test parse_big ... FAILED\n",
                 "test parse_big ... bench: took 3 iterations\n",
                 "test speed: 120 ns/iter\n"):
        assert values(line) == {}, line


# -- LABEL_LAST (label_last, summary) --------------------------------------------------------------


def test_rows_named_in_their_last_column_are_read_under_their_header():
    text = ("             Hit Rate   Miss Rate   Lift  Segment\n"
            "               0.712       0.288    1.40   north\n"
            "               0.655       0.345    1.21   south\n"
            "Overall         0.690       0.310    1.33\n")
    assert values(text) == {
        "north/Hit Rate": [0.712], "north/Miss Rate": [0.288], "north/Lift": [1.4],
        "south/Hit Rate": [0.655], "south/Miss Rate": [0.345], "south/Lift": [1.21],
        "Overall/Hit Rate": [0.69], "Overall/Miss Rate": [0.31], "Overall/Lift": [1.33]}


def test_listings_with_a_name_in_their_last_column_give_nothing():
    ps = ("    PID TTY          TIME CMD\n"
          "   4121 pts/0    00:00:00 bash\n"
          "   4188 pts/0    00:00:00 ps\n")
    top = ("    PID USER      PR  NI    VIRT    RES  %CPU  %MEM     TIME+ COMMAND\n"
           "   1021 root      20   0  162.5m   9.1m   0.3   0.1   0:01.20 sshd\n")
    counts = ("      files   dirs  owner\n"
              "        120     14  alice\n")
    frame = ("  weight height species\n"
             "1   0.51   1.20  setosa\n"
             "2   0.48   1.31  setosa\n")
    for text in (ps, top, counts):
        assert values(text) == {}, text
    # a data frame's text column names no row (TRAILING_TEXT): its numbered rows are read as
    # they are without it (ROW_NUMBERS), never as rows named "setosa"
    assert values(frame) == {"weight": [0.51, 0.48], "height": [1.2, 1.31]}


# -- WHOLE_CODES (codes, tables) -------------------------------------------------------------------


def test_a_wrapped_named_vector_of_group_codes_gives_nothing():
    text = ("Group assignment:\n"
            "        Oslo      Bergen   Trondheim   Stavanger\n"
            "           1           2           2           1\n"
            "      Tromso     Drammen Fredrikstad    Alesund\n"
            "           3           1           2          3\n")
    assert values(text) == {}


def test_vectors_of_decimals_or_distinct_counts_are_still_read():
    decimals = ("Scores:\n"
                "    alpha     beta    gamma    delta\n"
                "    0.512    0.498    0.512    0.444\n")
    assert values(decimals)["alpha"] == [0.512]
    rows = ("  epoch  correct  total  skipped\n"
            "      1       90    100        1\n"
            "      2       95    100        1\n")
    assert values(rows) != {}


# -- PERCENT_LEVELS (right_aligned) ----------------------------------------------------------------


def test_rows_under_percent_levels_give_each_bound_of_the_interval():
    text = ("            2.5 %     97.5 %\n"
            "rate    0.1210345  0.1893311\n"
            "shift   3.0551200  4.4120870\n")
    assert values(text) == {"rate/2.5 %": [0.1210345], "rate/97.5 %": [0.1893311],
                            "shift/2.5 %": [3.05512], "shift/97.5 %": [4.412087]}


def test_percent_columns_that_are_no_levels_give_nothing():
    df = ("Filesystem      Size  Used Avail Use% Mounted on\n"
          "/dev/vda        252G   46G   56G  46% /\n")
    assert values(df) == {}
