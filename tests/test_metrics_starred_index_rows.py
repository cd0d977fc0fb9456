"""SIGNIF_STARS in INDEXED_ROWS: R's anova table, a numbered row under names one space apart,
closed by a test's significance code: the code is dropped and the row read."""

from __future__ import annotations

from tests.metric_reading import values

_ANOVA = (
    "Quantile Regression Analysis of Deviance Table\n"
    "\n"
    "  Df Resid Df F value    Pr(>F)    \n"
    "1  2      703  15.557 2.449e-07 ***\n"
    "---\n"
    "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n"
)


def test_a_starred_numbered_row_is_read_without_its_code():
    got = values(_ANOVA)
    assert got["F value"] == [15.557]
    assert got["Pr(>F)"] == [2.449e-07]
    assert "Df" not in got and "Resid Df" not in got  # whole numbers: counts


def test_a_word_closing_a_numbered_row_still_makes_no_row():
    text = ("  Df Resid Df F value    Pr(>F)\n"
            "1  2      703  15.557 2.449e-07 high\n")
    assert "F value" not in values(text)
