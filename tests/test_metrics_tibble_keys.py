"""TIBBLE_KEY, TIBBLE_TIERS, RULED_TIBBLE (tibbles) and MISSING_CELLS (word_cells): R tibbles as
pillar prints them, in shapes of its own making (invented data, other names than the corpus'):
the label column that names the rows, tiers and footers, padded exponents, colour, skimr-like
tables under a titled rule."""

from __future__ import annotations

from expctl.metrics.tibbles import TibbleReader
from tests.metric_reading import read, values

ESC = "\x1b"


def test_the_label_column_whose_values_differ_names_the_rows():
    text = ("# A tibble: 4 × 5\n"
            "  cohort arm     marker  hazard     se\n"
            "  <chr>  <fct>   <chr>    <dbl>  <dbl>\n"
            "1 north  control il6      1.42  0.210\n"
            "2 north  control crp      0.97  0.180\n"
            "3 north  treated tnf      2.05  0.330\n"
            "4 north  treated ferr     1.11  0.150\n")
    assert values(text) == {"il6/hazard": [1.42], "il6/se": [0.21], "crp/hazard": [0.97],
                            "crp/se": [0.18], "tnf/hazard": [2.05], "tnf/se": [0.33],
                            "ferr/hazard": [1.11], "ferr/se": [0.15]}


def test_without_one_telling_the_rows_apart_the_varying_labels_join():
    text = ("# A tibble: 4 × 4\n"
            "  island species sex    mean_mass\n"
            "  <fct>  <chr>   <chr>      <dbl>\n"
            "1 Biscoe gentoo  female     4680.\n"
            "2 Biscoe gentoo  male       5485.\n"
            "3 Biscoe adelie  female     3470 \n"
            "4 Biscoe adelie  male       4050 \n")  # island the same on every row: no part of a name
    assert values(text) == {"gentoo/female/mean_mass": [4680.0], "gentoo/male/mean_mass": [5485.0],
                            "adelie/female/mean_mass": [3470.0], "adelie/male/mean_mass": [4050.0]}


def test_a_label_with_na_is_no_key_and_a_one_row_tibble_takes_its_first_label():
    text = ("# A tibble: 3 × 4\n"
            "  level  part  coef     value\n"
            "  <chr>  <chr> <chr>    <dbl>\n"
            "1 top    <NA>  alpha     0.5 \n"
            "2 top    <NA>  beta      1.25\n"
            "3 lower  unit  tau_u     0.75\n"
            "# A tibble: 1 × 3\n"
            "  source metric  score\n"
            "  <chr>  <chr>   <dbl>\n"
            "1 valid  f1      0.812\n")
    assert values(text) == {"alpha/value": [0.5], "beta/value": [1.25], "tau_u/value": [0.75],
                            "valid/score": [0.812]}


def test_a_padded_exponent_is_one_number_and_counts_and_flags_give_nothing():
    text = ("# A tibble: 2 × 5\n"
            "  contrast   diff  p_adj     n flagged\n"
            "  <chr>     <dbl>  <dbl> <int> <lgl>  \n"
            "1 b - a     -0.42 3.1e- 7    40 TRUE   \n"
            "2 c - a      1.9  2.05e-12   38 FALSE  \n")  # labels with spaces too
    assert values(text) == {"b - a/diff": [-0.42], "b - a/p_adj": [3.1e-7],
                            "c - a/diff": [1.9], "c - a/p_adj": [2.05e-12]}


def test_a_wide_tibble_in_tiers_names_its_second_tier_by_the_first_ones_labels():
    text = ("# A tibble: 2 × 6\n"
            "  layer   weight_norm grad_norm update_ratio\n"
            "  <chr>         <dbl>     <dbl>        <dbl>\n"
            "1 encoder        12.3     0.041       0.0021\n"
            "2 decoder         9.87    0.033       0.0018\n"
            "  dead_units  sparsity\n"
            "       <dbl>     <dbl>\n"
            "1        0.02      0.31\n"
            "2        0.05      0.28\n")
    points = values(text)
    assert points["encoder/sparsity"] == [0.31] and points["decoder/dead_units"] == [0.05]
    assert points["decoder/update_ratio"] == [0.0018] and len(points) == 10


def test_footers_end_a_tibble_and_give_nothing():
    rows = "".join(f"{n:>2} run{n:<2}   {n / 100:.2f}\n" for n in range(1, 11))
    text = ("# A tibble: 25 × 3\n"
            "   name    loss\n"
            "   <chr>  <dbl>\n" + rows +
            "# ℹ 15 more rows\n"
            "# ℹ 1 more variable: seed <int>\n")
    points = values(text)
    assert points["run1/loss"] == [0.01] and points["run10/loss"] == [0.1] and len(points) == 10


def test_colour_and_underlined_digits_read_as_without_them():
    grey, red, off, ul, ul_off = f"{ESC}[38;5;246m", f"{ESC}[31m", f"{ESC}[39m", f"{ESC}[4m", f"{ESC}[24m"
    typed = f"{ESC}[3m{grey}<chr>{off}{ESC}[23m"
    dbl = f"{ESC}[3m{grey}<dbl>{off}{ESC}[23m"
    text = (f"{grey}# A tibble: 2 × 3{off}\n"
            "  probe       shift  spread\n"
            f"  {typed}       {dbl}   {dbl}\n"
            f"{ESC}[38;5;250m1{off} left   -{red}0{off}{red}.{off}{red}0{off}{red}12{ul}3{ul_off}{off}   {red}NA{off}  \n"
            f"{ESC}[38;5;250m2{off} right   {ul}1{ul_off}204.      0.5  \n")
    assert values(text) == {"left/shift": [-0.0123], "right/shift": [1204.0], "right/spread": [0.5]}


def test_rows_under_a_titled_rule_without_types_are_read_by_their_cells():
    text = ("── Column group: double ─────────────────────\n"
            "  column   missing fill_rate  mean    min    max spark\n"
            "1 latency        0     1      12.1   3.2   40.6  ▁▃▇▂▁\n"
            "2 jitter         2     0.95    0.81 -0.3    2.2  ▂▇▃▁▁\n"
            "\n"
            "── Column group: character ──────────────────\n"
            "  column  missing fill_rate levels top_levels          \n"
            "1 region        0         1      4 eu: 10, us: 7, ap: 3\n")
    points = values(text)
    assert points["latency/mean"] == [12.1] and points["jitter/min"] == [-0.3]
    assert points["jitter/fill_rate"] == [0.95] and points["region/fill_rate"] == [1.0]
    assert not any(name.endswith(("spark", "top_levels")) for name in points)  # text, not numbers


def test_names_and_numbered_rows_without_types_nor_a_rule_are_no_tibble():
    lines = ["  column   mean    min", "1 latency  12.1   3.2"]  # a data frame's print: other readers'
    assert TibbleReader().read(lines[1], lambda count: lines[:1]) is None
    ruled = ["── Summary ──", *lines]
    assert TibbleReader().read(ruled[2], lambda count: ruled[:2]) == []  # held: a tibble's row


def test_held_rows_are_the_same_read_a_byte_at_a_time():
    text = ("# A tibble: 4 × 3\n"
            "  grp   term   est\n"
            "  <chr> <chr> <dbl>\n"
            "1 a     x      1.5\n"
            "2 a     y      2.5\n"
            "3 b     x     NA    \n"
            "4 b     y      0.5  \n"
            "done training, loss 0.3\n")  # no column tells the rows apart: both name them
    assert read(text, chunk=1) == read(text)
    assert values(text)["a/x/est"] == [1.5] and values(text)["b/y/est"] == [0.5]


def test_a_row_ending_in_missing_cells_is_read():
    text = ("# A tibble: 3 × 6\n"
            "  part    coef     est   lo    hi  pval\n"
            "  <chr>   <chr>  <dbl> <dbl> <dbl> <dbl>\n"
            "1 fixed   slope  0.31  0.1   0.52 0.004\n"
            "2 random  sd_u   1.7  NA    NA    NA   \n"
            "3 random  sd_e   0.9  NA    NA    NA   \n")
    assert values(text)["sd_u/est"] == [1.7]


def test_a_tibble_set_in_is_read_as_one_flush_left():
    text = ("# A tibble: 2 × 3\n"
            "  variant  speedup    err\n"
            "  <chr>      <dbl>  <dbl>\n"
            "1 fused       1.84 0.02  \n"
            "2 naive       1    0.011 \n")
    indented = "".join("    " + line + "\n" for line in text.splitlines())
    assert values(indented) == values(text) == {"fused/speedup": [1.84], "fused/err": [0.02],
                                                "naive/speedup": [1.0], "naive/err": [0.011]}
