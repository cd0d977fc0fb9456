"""RULED_LEVELS' worded names and RULED_RESTART for barred tables: a drawn box's header over a
rule names its columns even with small words among them (``Sum of Squares``), and a box of
the same width drawn next starts a table of its own, on invented lines."""

from __future__ import annotations

from tests.metric_reading import values

ANOVA = """\
                       ANOVA (score)
╭──────────┬──────────────┬───┬───────────┬─────┬────╮
│          │Sum of Squares│ df│Mean Square│  F  │Sig.│
├──────────┼──────────────┼───┼───────────┼─────┼────┤
│Regression│       1520.40│  2│     760.20│24.31│.000│
│Residual  │       2845.10│ 91│      31.26│     │    │
│Total     │       4365.50│ 93│           │     │    │
╰──────────┴──────────────┴───┴───────────┴─────┴────╯
"""

COEFFICIENTS = """\
                     Coefficients (score)
╭──────────┬───────────┬────────────────┬─────────────────────────┬────┬────╮
│          │     B     │   Std. Error   │           Beta          │  t │Sig.│
├──────────┼───────────┼────────────────┼─────────────────────────┼────┼────┤
│(Constant)│      12.84│            3.02│                      .00│4.25│.000│
│hours     │       1.93│             .29│                      .57│6.66│.000│
╰──────────┴───────────┴────────────────┴─────────────────────────┴────┴────╯
"""

SUMMARY = """\
                     Model Summary (score)
╭───┬────────┬─────────────────┬──────────────────────────╮
│ R │R Square│Adjusted R Square│Std. Error of the Estimate│
├───┼────────┼─────────────────┼──────────────────────────┤
│.59│     .35│              .33│                      5.59│
╰───┴────────┴─────────────────┴──────────────────────────╯
"""


def test_a_worded_name_over_a_rule_names_its_column():
    found = values(ANOVA)
    assert found["Regression/Sum of Squares"] == [1520.4]
    assert found["Residual/Mean Square"] == [31.26]
    assert values(SUMMARY)["Std. Error of the Estimate"] == [5.59]


def test_a_box_as_wide_as_the_one_before_has_its_own_names():
    found = values(ANOVA + "\n" + COEFFICIENTS)
    assert found["hours/B"] == [1.93]
    assert found["(Constant)/Std. Error"] == [3.02]
    assert "hours/Sum of Squares" not in found


def test_a_worded_line_without_a_rule_under_it_is_no_header():
    text = ANOVA.replace("├──────────┼──────────────┼───┼───────────┼─────┼────┤\n", "")
    assert "Regression/Sum of Squares" not in values(text)
