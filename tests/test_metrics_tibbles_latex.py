"""Rules written from the structure of output the held-out halves still missed (an R tibble's
rows under its names and column types, ...), each checked on invented lines: what the rule
reads, and look-alikes it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read, values


# -- TIBBLE_ROWS (tibbles) and ENDS_IN_OBJECTS (grammar) -----------------------------------------

BENCH = ("# A tibble: 2 × 9\n"
         "  expression      min   median `itr/sec` mem_alloc `gc/sec` n_itr total_time result\n"
         "  <bch:expr> <bch:tm> <bch:tm>     <dbl> <bch:byt>    <dbl> <int>   <bch:tm> <list>\n"
         "1 join         12.5µs   13.1µs    75012.        0B     0      500      6.7ms <NULL>\n"
         "2 paste      401.22µs 455.90µs     2193.    12.4KB    21.7    482    219.8ms <NULL>\n")


def test_a_benchmark_tibble_is_read_by_its_types_with_object_cells_closing_its_rows():
    points = values(BENCH)
    assert points["join/min"] == [12.5] and points["paste/median"] == [455.90]
    assert points["join/itr/sec"] == [75012.0] and points["paste/gc/sec"] == [21.7]
    assert points["paste/total_time"] == [219.8]  # a benchmark's time is what it measured
    assert points["paste/mem_alloc"] == [12.4]
    assert "join/n_itr" not in points and not any("result" in name for name in points)


def test_a_tibble_printed_again_gives_further_points_of_the_same_names():
    relative = BENCH.replace("12.5µs", "1").replace("401.22µs", "32.1")
    assert values(BENCH + relative)["paste/min"] == [401.22, 32.1]


def test_a_metrics_tibble_is_labelled_by_its_first_text_column_and_na_gives_nothing():
    text = ("# A tibble: 3 × 4\n"
            "  .metric  .estimator .estimate     n\n"
            "  <chr>    <chr>          <dbl> <int>\n"
            "1 accuracy binary         0.85     40\n"
            "2 kap      binary         0.702    40\n"
            "3 rmse     standard      NA        40\n")
    assert values(text) == {"accuracy/.estimate": [0.85], "kap/.estimate": [0.702]}


def test_a_tidy_fit_keeps_its_signs_and_small_values():
    text = ("  term        estimate std.error\n"
            "  <chr>          <dbl>     <dbl>\n"
            "1 (Intercept)   37.2       1.88 \n"
            "2 wt            -3.88      0.633\n")
    assert values(text) == {"(Intercept)/estimate": [37.2], "(Intercept)/std.error": [1.88],
                            "wt/estimate": [-3.88], "wt/std.error": [0.633]}


def test_a_text_cell_with_a_space_is_placed_under_its_name():
    text = ("  city          temp\n"
            "  <chr>        <dbl>\n"
            "1 New York      21.5\n")  # three words under two types: "York" reaches right of "city"
    assert values(text) == {"New York/temp": [21.5]}


def test_object_cells_after_no_types_and_listings_give_nothing():
    frames = ("  File \"train.py\", line 3, in <module>\n"
              "1 loop  0.5  0.7 <NULL>\n")  # object cells, but no type row above
    assert values(frames) == {}
    ls = ("total 8\n"
          "-rw-r--r-- 1 user user 120 Dec  5 10:00 a.txt\n"
          "drwxr-xr-x 2 user user 4096 Dec  5 10:00 <dir>\n")
    assert values(ls) == {}
    ps = ("    PID TTY          TIME CMD\n"
          "  21532 pts/3    00:00:00 bash\n"
          "  21533 pts/3    00:00:00 <defunct>\n")
    assert values(ps) == {}
    df = ("Filesystem      Size  Used Avail Use% Mounted on\n"
          "/dev/sda1        50G   20G   28G  42% /\n")
    assert values(df) == {}
    free = ("               total        used        free\n"
            "Mem:           15896        6060        1270\n")
    assert values(free) == {}


def test_a_data_frame_without_a_type_row_is_still_the_indexed_rows_reader_s():
    text = ("        CP nsplit rel error xerror    xstd\n"
            "1 0.176471      0   1.00000 1.0000 0.21559\n"
            "2 0.117647      1   0.82353 1.3529 0.23872\n")
    assert values(text)["xerror"] == [1.0, 1.3529]


# -- REPRINTED_REPORT (labelled) -------------------------------------------------------------------

def _report(title: str, setosa: str, virginica: str) -> str:
    return (f"{title}\n"
            "              precision    recall  f1-score   support\n\n"
            f"      setosa       {setosa}        10\n"
            f"   virginica       {virginica}        12\n\n"
            "    accuracy                           0.95        22\n\n")


def test_a_report_printed_again_for_another_split_reads_its_rows_equal_to_the_first_s():
    text = (_report("validation:", "1.00      1.00      1.00", "0.90      0.95      0.92")
            + _report("test:", "1.00      1.00      1.00", "0.85      0.91      0.88"))
    points = values(text)
    assert points["setosa/precision"] == [1.0, 1.0]  # the same class scored on the test split
    assert points["virginica/f1-score"] == [0.92, 0.88]
    assert points["accuracy"] == [0.95, 0.95]  # read after the new report showed itself


def test_a_report_drawn_again_unchanged_is_read_once():
    report = _report("results:", "1.00      1.00      1.00", "0.90      0.95      0.92")
    points = values(report + report)
    assert points["setosa/precision"] == [1.0] and points["virginica/recall"] == [0.95]
    assert points["accuracy"] == [0.95]


def test_a_table_printed_again_with_a_row_more_reads_only_the_new_row():
    header = "           accuracy     loss\n"
    first = header + "model_a      0.812    0.410\n"
    second = header + "model_a      0.812    0.410\nmodel_b      0.845    0.377\n"
    points = values(first + "\n" + second)
    assert points == {"model_a/accuracy": [0.812], "model_a/loss": [0.41],
                      "model_b/accuracy": [0.845], "model_b/loss": [0.377]}


# -- LATEX_ROWS (headers) and ENDS_IN_LATEX_ROW (grammar) ------------------------------------------

def test_a_latex_array_with_verb_names_and_rules_after_each_row_is_read_by_its_labels():
    text = ("\\begin{array}{l | r | r} \\hline\n"
            "    \\verb|split| & \\verb| loss | & \\verb|accuracy| \\\\ \\hline\n"
            "    \\hline\n"
            "    train & 0.0396 &   0.9906 \\\\ \\hline\n"
            "    val   & 0.1610 &   0.9630 \\\\ \\hline\n"
            "\\end{array}\n")
    assert values(text) == {"train/loss": [0.0396], "train/accuracy": [0.9906],
                            "val/loss": [0.161], "val/accuracy": [0.963]}


def test_a_tabular_under_its_header_gives_a_step_per_row():
    text = ("\\begin{tabular}{rrr}\n\\toprule\n"
            " epoch & train_loss & \\textbf{val_acc} \\\\\n\\midrule\n"
            " 1 & 0.52 & 0.81 \\\\\n"
            " 2 & 0.41 & 0.85 \\\\\n\\bottomrule\n\\end{tabular}\n")
    assert read(text) == {"train_loss": [(1.0, 0.52), (2.0, 0.41)], "val_acc": [(1.0, 0.81), (2.0, 0.85)]}


def test_latex_prose_and_an_ampersand_in_text_give_nothing():
    prose = ("We fit the model \\\\ \\hline\n"
             "Tom & Jerry scored 3 points\n"
             "a line break in a sentence, 3 \\\\\n")  # one cell: no row of a table
    assert values(prose) == {}
    equation = ("\\begin{align}\n"
                "  x &= 0.5 \\\\\n"
                "  y &= 0.25 \\\\\n"
                "\\end{align}\n")  # an equation's lines: no header of names above
    assert values(equation) == {}
    ls = ("total 8\n"
          "-rw-r--r-- 1 user user  120 Dec  5 10:00 notes \\\\ draft.tex\n")
    assert values(ls) == {}
