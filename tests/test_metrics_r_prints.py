"""Base R's printing idioms read by the default parser: what every R package prints through
(``print.htest``, anova tables, lists, ``str()``, ``cat(sprintf())`` lines). Each test feeds
text as R 4.2 prints it (as a run streams it: `parse_lines`) and checks the points."""

from __future__ import annotations

import pytest

from expctl.metrics import MetricParser


def points(text: str, one_by_one: bool = False) -> dict[str, list[tuple[float, float]]]:
    """{name: [(step, value), ...]} of `text`'s lines, read as a run's output (all at once, or
    `one_by_one` as a slow program's lines arrive), then finished."""
    parser, out = MetricParser(), {}
    for lines in ([[line] for line in text.split("\n")] if one_by_one else [text.split("\n")]):
        parser.parse_lines(lines, 0.0, out)
    parser.finish(0.0, out)
    return {name: list(zip(s.steps, s.values)) for name, s in out.items()}


HTEST = "\n".join([  # as R prints it: trailing spaces and all
    '',
    '\tWelch Two Sample t-test',
    '',
    'data:  x and y',
    't = -3.7671, df = 18.332, p-value = 0.001374',
    'alternative hypothesis: true difference in means is not equal to 0',
    '95 percent confidence interval:',
    ' -11.280194  -3.209684',
    'sample estimates:',
    'mean of x mean of y ',
    ' 17.14737  24.39231 ',
    '',
    "\tPearson's product-moment correlation",
    '',
    'data:  mtcars$mpg and mtcars$wt',
    't = -9.559, df = 30, p-value = 1.294e-10',
    'alternative hypothesis: true correlation is not equal to 0',
    '',
])


def test_a_tests_line_printed_first_is_results_not_settings():
    """P_VALUE: the first output of the run is a test's line, results followed it; its
    p-value says it is results too, not settings held until results came."""
    found = points(HTEST)
    assert [v for _, v in found["t"]] == [-3.7671, -9.559]
    assert [v for _, v in found["p-value"]] == [0.001374, 1.294e-10]


def test_whole_degrees_of_freedom_are_no_metric():
    """DF_COUNT: ``df = 30`` is a count; Welch's estimated ``df = 18.332`` is a decimal."""
    assert [v for _, v in points(HTEST)["df"]] == [18.332]


ANOVA = "\n".join([  # as R prints it: trailing spaces and all
    'Analysis of Variance Table',
    '',
    'Response: mpg',
    '          Df Sum Sq Mean Sq F value    Pr(>F)    ',
    'wt         1 847.73  847.73 126.041 4.488e-12 ***',
    'hp         1  83.27   83.27  12.381  0.001451 ** ',
    'Residuals 29 195.05    6.73                      ',
    '---',
    "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
    '     df      AIC',
    'fit1  3 166.0294',
    'fit2  4 156.6523',
    '',
])


def test_degrees_of_freedom_columns_are_no_metric():
    """DF_COUNT: the ``Df`` column of an anova table and ``AIC()``'s ``df`` give nothing; the
    other columns do, under ``<row>/<column>``."""
    found = points(ANOVA)
    assert not [name for name in found if name.lower().endswith("/df")]
    assert found["wt/Sum Sq"][0][1] == 847.73 and found["Residuals/Mean Sq"][0][1] == 6.73
    assert found["fit2/AIC"][0][1] == 156.6523


def test_a_df_pair_repeated_in_one_shape_stays_no_metric():
    """DF_COUNT reads the value's text, so the line makes no template that would read the
    next line of its shape without it."""
    text = "\n".join(f"chi2 = {c}.5, df = {d}, p-value = 0.0{d}" for c, d in ((3, 2), (4, 3), (5, 4)))
    found = points(text)
    assert "df" not in found and len(found["chi2"]) == 3


def test_a_fold_number_is_the_step():
    """FOLD_STEP: a cross-validation's ``fold 2:`` steps its line, though an epoch loop's step
    was carried before it."""
    found = points("epoch  60  loss 0.18221  acc 0.9375\n"
                   "fold 1: rmse = 1.9302, r2 = 0.7735\nfold 2: rmse = 3.3241, r2 = 0.7508")
    assert found["rmse"] == [(1.0, 1.9302), (2.0, 3.3241)]
    assert "fold" not in found


def test_sample_estimates_named_by_words_closing_in_a_number():
    """NAMED_VECTOR: a name's last word may be a number (``mean in group 1``)."""
    found = points("\n".join(["sample estimates:", "mean in group 1 mean in group 2 ",
                              "           0.75            2.33 "]))
    assert found == {"mean in group 1": [(0.0, 0.75)], "mean in group 2": [(0.0, 2.33)]}


def test_one_estimate_under_a_longer_name_flush_left():
    """PADDED_VECTOR: R pads the name and the value to one width, each closed by a space."""
    found = points("\n".join(["sample estimates:", "mean difference ", "          -1.58 "]))
    assert found == {"mean difference": [(0.0, -1.58)]}
    assert points("\n".join(["mean difference", "          -1.58"])) == {}  # no R padding


LIST = "\n".join([
    "$train",
    "$train$loss",
    "[1] 0.1822127",
    "",
    "$train$acc",
    "[1] 0.9375",
    "",
    "",
    "$trace",
    " [1] 0.5327161 0.4767202 0.4408121 0.4131412 0.3903527 0.3710101 0.3543161",
    " [8] 0.3397487 0.3269305 0.3155722 0.3054455 0.2963666 0.2881858 0.2807799",
    "[15] 0.2740469 0.2679016",
    "",
    "[1] 156.6523",
])


def test_a_list_members_values_are_named_by_its_path():
    """LIST_MEMBER: ``$train$loss`` names the vector under it; a long vector's elements are at
    their printed indexes; a vector under no path gives nothing."""
    found = points(LIST)
    assert found["train/loss"] == [(0.0, 0.1822127)] and found["train/acc"] == [(0.0, 0.9375)]
    assert [step for step, _ in found["trace"]] == [float(i) for i in range(1, 17)]
    assert found["trace"][7] == (8.0, 0.3397487) and found["trace"][-1] == (16.0, 0.2679016)
    assert set(found) == {"train/loss", "train/acc", "trace"}


STR = "\n".join([
    "List of 5",
    " $ rmse : num 2.47",
    " $ r2   : num 0.827",
    " $ n    : int 32",
    ' $ model: chr "lm"',
    " $ ic   :List of 2",
    "  ..$ aic: num 157",
    "  ..$ bic: num 163",
    " $ w    : num [1:3] 0.5 0.25 0.25",
])


def test_str_members_of_one_number_are_named_by_their_path():
    """STR_MEMBER: ``num`` members of one value, nested ones under their lists' names; an
    ``int`` (a count), a text and a vector's first values give nothing."""
    assert points(STR) == {"rmse": [(0.0, 2.47)], "r2": [(0.0, 0.827)],
                           "ic/aic": [(0.0, 157.0)], "ic/bic": [(0.0, 163.0)]}


COMPARISON = "\n".join([  # anova(fit1, fit2): the nested models' rows numbered, blank cells
    "Analysis of Variance Table",
    "",
    "Model 1: mpg ~ wt",
    "Model 2: mpg ~ wt + hp",
    "  Res.Df    RSS Df Sum of Sq      F   Pr(>F)   ",
    "1     30 278.32                                ",
    "2     29 195.05  1    83.274 12.381 0.001451 **",
    "---",
    "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
])


def test_numbered_rows_of_a_data_frame_are_steps():
    """ROW_NUMBERS: a row number labels the row and is its step; the columns name the values,
    degrees of freedom aside (DF_COUNT)."""
    assert points(COMPARISON) == {"RSS": [(1.0, 278.32), (2.0, 195.05)],
                                  "Sum of Sq": [(2.0, 83.274)], "F": [(2.0, 12.381)],
                                  "Pr(>F)": [(2.0, 0.001451)]}


def test_numbered_rows_with_a_step_column_step_by_it():
    """ROW_NUMBERS: a data frame's ``epoch`` column says more than its row number."""
    found = points("\n".join(["  epoch      loss     acc", "1    10 0.3155722 0.90625",
                              "2    20 0.2479204 0.93750"]))
    assert found["loss"] == [(10.0, 0.3155722), (20.0, 0.2479204)]


def test_a_row_with_blank_cells_takes_its_names_from_the_fuller_row_after_it():
    """FULLER_ROW: over the blank cells, the header's words one space apart do not say where
    ``Resid. Dev`` starts; the next row, printed with it, does."""
    found = points("\n".join([
        "     Df Deviance Resid. Dev    AIC  Pr(>Chi)    ",
        "NULL                 43.860 45.860              ",
        "mpg   1   18.327     25.533 29.533 1.861e-05 ***",
    ]))
    assert found["NULL/Resid. Dev"] == [(0.0, 43.86)] and found["NULL/AIC"] == [(0.0, 45.86)]
    assert set(found) == {"NULL/Resid. Dev", "NULL/AIC", "mpg/Deviance", "mpg/Resid. Dev",
                          "mpg/AIC", "mpg/Pr(>Chi)"}


def test_model_terms_and_quantile_levels_name_a_vector():
    """R_TERM_NAMES: ``print(lm)``'s coefficients and ``quantile()``'s levels, as R pads them."""
    found = points("\n".join(["Coefficients:", "(Intercept)           wt  ",
                              "     37.285       -5.344  ", "",
                              "    0%    25%    50%    75%   100% ",
                              "10.400 15.425 19.200 22.800 33.900 "]))
    assert found == {"(Intercept)": [(0.0, 37.285)], "wt": [(0.0, -5.344)],
                     "0%": [(0.0, 10.4)], "25%": [(0.0, 15.425)], "50%": [(0.0, 19.2)],
                     "75%": [(0.0, 22.8)], "100%": [(0.0, 33.9)]}


def test_a_row_cut_from_its_tag_is_no_vector_of_terms():
    """R_TERM_NAMES: nlme's ``StdDev:`` row under ``(Intercept) Residual`` is no padded vector."""
    found = points("\n".join(["        (Intercept) Residual", "StdDev:    1.807425 1.431592"]))
    assert "(Intercept)" not in found


def test_a_data_frames_summary_gives_nothing():
    """SUMMARY_CELLS: ``summary(df)``'s rows name one statistic per column."""
    assert points("\n".join([
        "      mpg             cyl             disp      ",
        " Min.   :10.40   Min.   :4.000   Min.   : 71.1  ",
        " 1st Qu.:15.43   1st Qu.:4.000   1st Qu.:120.8  ",
        " Max.   :33.90   Max.   :8.000   Max.   :472.0  ",
    ])) == {}
    assert points(" loss: 0.52   loss: 0.61") != {}  # no padding, no glued value: pairs


def test_a_vector_after_a_list_member_is_not_the_members():
    """LIST_MEMBER: ``[1] 156.6523`` after ``$objective`` over ``[1] 1.3`` does not go on from
    its elements (the first is at index 1 again): it is another, unnamed, vector."""
    found = points("\n".join(["$minimum", "[1] 2.199994", "", "$objective", "[1] 1.3", "",
                              "[1] 156.6523"]))
    assert found == {"minimum": [(0.0, 2.199994)], "objective": [(0.0, 1.3)]}


@pytest.mark.parametrize("one_by_one", [False, True])
def test_quantile_levels_are_no_row_of_an_earlier_table(one_by_one):
    """R_TERM_NAMES: the levels' line, over its padded values, is names, not a row of
    percentages placed under the named vector printed before it; read before its values
    arrive, its levels rising say so."""
    found = points("\n".join([
        "       qsec          vs          am        gear        carb ",
        " 0.82104075  0.31776281  2.52022689  0.65541302 -0.19941925 ",
        "",
        "    0%    25%    50%    75%   100% ",
        "10.400 15.425 19.200 22.800 33.900 ",
    ]), one_by_one)
    assert found["vs"] == [(0.0, 0.31776281)] and found["100%"] == [(0.0, 33.9)]


def test_a_row_of_degrees_of_freedom_is_no_metric():
    """DF_COUNT: ``print(aov)``'s ``Deg. of Freedom`` row, beside its sums of squares."""
    found = points("\n".join(["Terms:", "                 Species Residuals",
                              "Sum of Squares  63.21213  38.95620",
                              "Deg. of Freedom        2       147"]))
    assert found == {"Sum of Squares/Species": [(0.0, 63.21213)],
                     "Sum of Squares/Residuals": [(0.0, 38.9562)]}


def test_an_nlm_trace_gives_the_function_value_at_each_iteration():
    """TITLED_VALUE: ``Function Value`` over ``[1] 145``, at the step ``iteration = k``
    carries; the step, parameter and gradient vectors give nothing."""
    found = points("\n".join([
        "iteration = 0", "Step:", "[1] 0 0", "Parameter:", "[1] 10 10", "Function Value",
        "[1] 145", "Gradient:", "[1] 18.00001 16.00001", "",
        "iteration = 1", "Step:", "[1] -9 -8", "Parameter:", "[1] 1 2", "Function Value",
        "[1] 1.721748e-13", "Gradient:", "[1] 1.551336e-06 1.379735e-06", "",
        "Relative gradient close to zero.",
    ]))
    assert found == {"Function Value": [(0.0, 145.0), (1.0, 1.721748e-13)]}


def test_numbered_rows_named_by_a_text_column():
    """TEXT_LABEL: a data frame of results keyed by a text column, rows numbered."""
    found = points("\n".join(["   model    sigma        r2", "1  small 3.045882 0.7528328",
                              "2 medium 2.593412 0.8267855", "3   full 2.650197 0.8690158"]))
    assert found == {"small/sigma": [(0.0, 3.045882)], "small/r2": [(0.0, 0.7528328)],
                     "medium/sigma": [(0.0, 2.593412)], "medium/r2": [(0.0, 0.8267855)],
                     "full/sigma": [(0.0, 2.650197)], "full/r2": [(0.0, 0.8690158)]}
