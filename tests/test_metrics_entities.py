"""ENTITY_ROWS, DATA_TABLE and COUNT_COLUMNS (`expctl.metrics.rules`): tables whose rows are
labelled things (a model's sites, an analysis's terms, a benchmark's tests), each checked on
invented tables, with the look-alikes they must leave alone (data, listings, counts)."""

from __future__ import annotations

from tests.metric_reading import read


# -- ENTITY_ROWS ------------------------------------------------------------------------------


def test_rows_of_things_under_an_unnamed_label_column_are_label_slash_column():
    text = ("posterior:\n"
            "             avg    spread     q2.5%    q97.5%    r_hat\n"
            "    theta    2.50      0.25      2.00      3.00     1.01\n"
            "    omega   -0.75      0.50     -1.75      0.25     1.00\n"
            "done\n")
    assert read(text) == {
        "theta/avg": [(0.0, 2.5)], "theta/spread": [(0.0, 0.25)], "theta/q2.5%": [(0.0, 2.0)],
        "theta/q97.5%": [(0.0, 3.0)], "theta/r_hat": [(0.0, 1.01)],
        "omega/avg": [(0.0, -0.75)], "omega/spread": [(0.0, 0.5)], "omega/q2.5%": [(0.0, -1.75)],
        "omega/q97.5%": [(0.0, 0.25)], "omega/r_hat": [(0.0, 1.0)]}


def test_percentile_names_head_columns():
    text = ("           low 10%    high 90%\n"
            "slope         0.125       0.875\n"
            "shift         1.500       2.500\n")
    text = text.replace("low 10%", "    10%").replace("high 90%", "     90%")
    assert read(text) == {"slope/10%": [(0.0, 0.125)], "slope/90%": [(0.0, 0.875)],
                          "shift/10%": [(0.0, 1.5)], "shift/90%": [(0.0, 2.5)]}


def test_a_named_label_column_with_a_unit_ratios_thousands_and_counts():
    text = ("Case (time in ms)      Fastest            Slowest      Runs\n"
            "-----------------------------------------------------------\n"
            "parse_small        1.5000 (1.0)     1,250.2500 (1.0)     120\n"
            "parse_large       12.0000 (8.00)    3,000.0000 (2.40)     40\n"
            "-----------------------------------------------------------\n")
    assert read(text) == {"parse_small/Fastest": [(0.0, 1.5)], "parse_small/Slowest": [(0.0, 1250.25)],
                          "parse_large/Fastest": [(0.0, 12.0)], "parse_large/Slowest": [(0.0, 3000.0)]}


def test_a_one_row_frame_names_its_cells_by_column():
    # A test printed as a one-row pandas frame: its index names the test, printed once; the
    # interval, the text cell and the degrees of freedom give no value.
    text = ("Welch test:\n"
            "              W  dof    tail    p_raw         CI90   effect\n"
            "welch  1.832500   14  greater  0.04375  [0.1, 0.75]    0.625\n"
            "\n")
    assert read(text) == {"W": [(0.0, 1.8325)], "p_raw": [(0.0, 0.04375)], "effect": [(0.0, 0.625)]}


def test_a_name_one_space_from_the_last_one_is_a_column_of_its_own():
    # pandas sets a wide column's name one space after a narrow one ("dof  direction").
    text = ("        Z dof direction   prob\n"
            "rank  2.5   9     lower  0.125\n\n")
    assert read(text) == {"Z": [(0.0, 2.5)], "prob": [(0.0, 0.125)]}


def test_an_indexed_frame_with_a_label_column_and_nan_cells():
    text = ("          Term     SumSq      Fval   DF\n"
            "0       dosage  0.250000  4.500000    2\n"
            "1  dosage * age  0.125000  1.250000    4\n"
            "2         Error  0.750000       NaN   30\n")
    assert read(text) == {"dosage/SumSq": [(0.0, 0.25)], "dosage/Fval": [(0.0, 4.5)],
                          "dosage * age/SumSq": [(0.0, 0.125)], "dosage * age/Fval": [(0.0, 1.25)],
                          "Error/SumSq": [(0.0, 0.75)]}


def test_a_comparison_with_text_rows_and_parenthesised_rows_keeps_its_header():
    # Columns are fits; rows of text (what each fit is) and of parenthesised statistics sit
    # among the rows of numbers, which are read under the header above them all.
    text = ("                     first       other\n"
            "-------------------------------------\n"
            "Method              Lasso       Ridge\n"
            "Fit quality        0.8125      0.7500\n"
            "=============   =========   =========\n"
            "slope             -1.2500      0.5000\n"
            "                 (-2.125)     (1.250)\n"
            "-------------------------------------\n")
    assert read(text) == {"Fit quality/first": [(0.0, 0.8125)], "Fit quality/other": [(0.0, 0.75)],
                          "slope/first": [(0.0, -1.25)], "slope/other": [(0.0, 0.5)]}


def test_a_minus_sign_eating_the_gap_after_a_label_is_still_a_cell():
    text = ("        gain     shift     drift\n"
            "a1  0.500000  0.250000  0.125000\n"
            "a2 -0.125000  0.750000  0.375000\n")
    assert read(text) == {"a1/gain": [(0.0, 0.5)], "a1/shift": [(0.0, 0.25)],
                          "a1/drift": [(0.0, 0.125)], "a2/gain": [(0.0, -0.125)],
                          "a2/shift": [(0.0, 0.75)], "a2/drift": [(0.0, 0.375)]}


def test_a_phase_label_qualifies_as_a_phase_does():
    text = ("          gain     drift\n"
            "train    0.500     0.250\n"
            "test     0.375     0.125\n")
    assert read(text) == {"train/gain": [(0.0, 0.5)], "train/drift": [(0.0, 0.25)],
                          "test/gain": [(0.0, 0.375)], "test/drift": [(0.0, 0.125)]}


def test_rows_read_across_reads_of_the_stream():
    text = ("             avg    spread\n"
            "    theta    2.50      0.25\n"
            "    omega   -0.75      0.50\n")
    assert read(text, chunk=7) == read(text)


# -- DATA_TABLE: data, not results ----------------------------------------------------------


def test_records_of_a_data_set_whose_labels_repeat_give_nothing():
    text = ("       city  temp  rain\n"
            "0     Paris  12.5   0.2\n"
            "1      Oslo   3.5   1.5\n"
            "2     Paris  14.0   0.0\n")
    assert read(text) == {}


def test_a_frame_pandas_cut_gives_nothing():
    text = ("        city  temp  rain\n"
            "0     Paris  12.5   0.2\n"
            "1      Oslo   3.5   1.5\n"
            "..      ...   ...   ...\n"
            "98    Turin  17.0   0.0\n"
            "99     Lyon  15.5   0.5\n"
            "\n"
            "[100 rows x 3 columns]\n")
    assert read(text) == {}


def test_a_description_of_data_with_one_count_throughout_gives_nothing():
    text = ("        count    mean     std     min     50%     max\n"
            "height  250.0  170.20    8.10  150.00  170.00  195.00\n"
            "weight  250.0   70.30    9.90   48.00   70.00  110.00\n")
    assert read(text) == {}


def test_listings_are_no_tables():
    pip_list = ("Package    Version\n"
                "---------- -------\n"
                "numpy      1.26.4\n"
                "requests   2.31.0\n")
    disk_free = ("Filesystem      Size  Used Avail Use% Mounted on\n"
                 "/dev/sda1       100G   50G   50G  50% /\n"
                 "tmpfs            16G     0   16G   0% /dev/shm\n")
    long_list = ("total 12\n"
                 "-rw-r--r-- 1 ann staff 4096 Dec  5 10:00 notes.txt\n"
                 "drwxr-xr-x 2 ann staff 4096 Dec  5 10:01 data\n")
    assert read(pip_list) == {} and read(disk_free) == {} and read(long_list) == {}


def test_a_report_listing_files_gives_nothing():
    text = ("Name                 Stmts   Miss  Cover\n"
            "----------------------------------------\n"
            "pkg/__init__.py          2      0   100%\n"
            "pkg/cli.py             120     10    92%\n"
            "----------------------------------------\n"
            "TOTAL                  122     10    92%\n")
    assert read(text) == {}


def test_a_table_of_counts_gives_nothing():
    text = ("          count  dof    n\n"
            "cats        40    3   40\n"
            "dogs        35    2   35\n")
    assert read(text) == {}


# -- SUMMARY_PAIRS: a summary block of two columns of pairs ---------------------------------------


def test_pairs_set_in_two_columns_are_read_under_their_labels():
    text = ("                 Fit Summary\n"
            "==============================================\n"
            "Response:          yield   Fit score:      0.8125\n"
            "Method:            Huber   Score (adj.):   0.7500\n"
            "Date:       Mon, Jan 05   Deviance        -12.25\n"
            "Cases:               480   Wald stat:      262.5\n"
            "                           P-value         0.0125\n"
            "Time taken:         0.05\n")
    assert read(text) == {"Fit score": [(0.0, 0.8125)], "Score (adj.)": [(0.0, 0.75)],
                          "Deviance": [(0.0, -12.25)], "Wald stat": [(0.0, 262.5)],
                          "P-value": [(0.0, 0.0125)]}


def test_gapped_words_and_numbers_without_a_colon_are_no_summary_block():
    # A look-alike: two columns of words and numbers, no label ending in a colon anywhere.
    text = ("Widgets shipped     480   Widgets lost     12\n"
            "           Crates sealed     96\n")
    assert read(text) == {}


# -- STAT_LINE: a statistic of a labelled case ----------------------------------------------------


def test_a_labelled_statistic_with_its_spread_is_the_cases_value():
    text = ("parse_small: Mean +- std dev: 1.25 ms +- 0.05 ms\n"
            "parse_large: Median +- MAD: 412 us ± 12 us\n")
    assert read(text) == {"parse_small": [(0.0, 1.25)], "parse_large": [(0.0, 412.0)]}


def test_a_sentence_with_a_spread_is_no_labelled_statistic():
    # A look-alike: no statistic's description between two colons, so no case names the value.
    assert read("note: the gap was 1.25 +- 0.05 wide\n") == {}


def test_a_table_of_more_rows_than_a_result_lists_is_data():
    rows = "".join(f"site{i}    {i / 4:.2f}    {i / 8:.3f}\n" for i in range(1200))
    assert read("            avg   spread\n" + rows) == {}
    few = "".join(f"site{i}    {i / 4:.2f}    {i / 8:.3f}\n" for i in range(3))
    assert len(read("            avg   spread\n" + few)) == 6


def test_a_minus_sign_eating_the_gap_after_a_label_under_a_result_header_too():
    # LABELLED_ROWS (a header naming a result) cuts the label from the value as well.
    text = ("        loss      gain     drift\n"
            "a1  0.500000  0.250000  0.125000\n"
            "a2 -0.125000  0.750000  0.375000\n")
    assert read(text) == {"a1/loss": [(0.0, 0.5)], "a1/gain": [(0.0, 0.25)],
                          "a1/drift": [(0.0, 0.125)], "a2/loss": [(0.0, -0.125)],
                          "a2/gain": [(0.0, 0.75)], "a2/drift": [(0.0, 0.375)]}


# -- LABELLED_PAIRS: rows of things without a header ----------------------------------------------


def test_labels_before_one_pair_of_the_same_name_are_rows_of_things():
    text = ("Held-out scores:\n"
            "ridge     mean error 0.2500\n"
            "lasso     mean error 0.3125\n")
    assert read(text) == {"ridge/mean error": [(0.0, 0.25)], "lasso/mean error": [(0.0, 0.3125)]}


def test_a_lone_labelled_pair_or_pairs_of_other_names_are_no_rows():
    # A look-alike: one line alone, or lines whose names differ, say nothing of a table.
    assert read("ridge     mean error 0.2500\n") == {}
    assert read("ridge     mean error 0.2500\nlasso     spread 0.3125\n") == {}
