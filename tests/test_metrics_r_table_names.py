"""Names in R's printed tables and summaries, on invented lines: SPACED_TERM_NAMES (a model
term whose call holds spaced arguments), WHOLE_P_NAME (a p-value's name over blank cells),
LEVEL_IN_NAME (``Lower 95% CI``), LABEL_COLUMN_NAME (a text column's name over its labels),
and INF_CELL (R's ``Inf`` in a loose table)."""

from __future__ import annotations

from expctl.metrics.r_terms import is_p_value_name, is_spaced_term
from tests.metric_reading import values

SIGNIF = "---\nSignif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n"


def test_a_term_with_spaced_arguments_names_its_coefficient_row():
    text = ("Coefficients:\n"
            "               Estimate Std. Error t value Pr(>|t|)    \n"
            "(Intercept)     1.20431    0.31022   3.882 0.000191 ***\n"
            "poly(dose, 2)1  4.81125    0.95310   5.048 2.31e-06 ***\n"
            "poly(dose, 2)2 -0.72119    0.95310  -0.757 0.451122    \n"
            "lag(z)          0.30112    0.10551   2.854  < 2e-16 ***\n" + SIGNIF)
    read = values(text)
    assert read["poly(dose, 2)1/Estimate"] == [4.81125]
    assert read["poly(dose, 2)2/t value"] == [-0.757]
    assert read["lag(z)/Std. Error"] == [0.10551]  # the rows after it are read too


def test_a_nested_call_and_a_glued_index_are_one_term():
    assert is_spaced_term("L(d(y), 1:2)1")
    assert is_spaced_term("ns(age, df = 3)2")
    assert not is_spaced_term("(-Inf, 0.5]")  # an interval: no function's name
    assert not is_spaced_term("f(a,  b)")  # two spaces part columns
    assert not is_spaced_term("log(hp)")  # no spaced argument: R_TERM_NAMES' already


def test_a_p_value_name_is_whole_over_blank_cells():
    text = ("           stat     df    ddf p.value  \n"
            "Wald     4.1123 1.0000        0.04259 *\n"
            "Boot     4.1123               0.04975 *\n"
            "F        4.1123 1.0000 61.204 0.04693 *\n" + SIGNIF)
    read = values(text)
    assert read["Wald/p.value"] == [0.04259]
    assert read["Boot/p.value"] == [0.04975]
    assert read["F/ddf"] == [61.204]
    assert not [name for name in read if "ddf p.value" in name or "df p.value" in name]


def test_p_value_names():
    assert all(is_p_value_name(word) for word in ("p.value", "p-value", "pval", "Pr(>F)", "Pr(>|t|)"))
    assert not any(is_p_value_name(word) for word in ("ddf", "Error", "p", "value", "(Satt)"))


def test_a_level_inside_a_column_name_and_the_label_column_name():
    text = ("== interval ==\n"
            "        Term Estimate     SE d.f. Lower 95% CI Upper 95% CI\n"
            " (Intercept)    1.513 0.2251 17.1        1.038       1.9881\n"
            "      weight    0.212 0.0812 15.9        0.040       0.3840\n")
    read = values(text)
    assert read["(Intercept)/Estimate"] == [1.513]  # "Term" names the labels, no part of "Estimate"
    assert read["weight/SE"] == [0.0812]
    assert read["weight/Upper 95% CI"] == [0.384]
    assert "(Intercept)/Term Estimate" not in read


def test_bounds_heading_columns_alone_stay_no_names():
    text = ("                 2.5 %    97.5 %\n"
            "(Intercept) 0.8122213 1.6009312\n"
            "x           0.1003121 0.3318200\n")
    assert not [name for name in values(text) if name.startswith("2.5 %") or name.endswith("/%")]


def test_an_infinite_cell_keeps_a_loose_tables_row():
    text = (" comps      ll    BIC lower bound upper bound\n"
            "     2 -201.37 410.11       12.05         Inf\n"
            "     3 -199.80 413.26        0.91       12.05\n"
            "     4 -199.62 418.98          NA          NA\n")
    read = values(text)
    assert read["BIC"] == [410.11, 413.26, 418.98]
    assert read["ll"] == [-201.37, -199.8, -199.62]

