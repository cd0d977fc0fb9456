"""A mixed model's random-effect term labelling a row (GROUPED_TERM), in the shape lmerTest's
ranova() prints."""

from __future__ import annotations

from tests.metric_reading import values



def table(term: str) -> str:
    """The table with `term` labelling its second row, its columns set right of the label."""
    pad = " " * (len(term) - 11)
    return (pad + "            npar  logLik    AIC    LRT Df Pr(>Chisq)    \n"
            + "<none>".ljust(len(term)) + "   10 -2733.4 5486.9                          \n"
            + term + "    9 -2847.3 5712.7 227.75  1  < 2.2e-16 ***\n"
            + "---\n")


def test_a_term_with_a_number_in_its_formula_labels_its_row():
    found = values(table("(1 | Chick)"))
    assert found["(1 | Chick)/logLik"] == [-2847.3]
    assert found["(1 | Chick)/AIC"] == [5712.7] and found["(1 | Chick)/LRT"] == [227.75]


def test_an_uncorrelated_slope_term_too():
    found = values(table("(0 + Days || Subject)"))
    assert found["(0 + Days || Subject)/AIC"] == [5712.7]


def test_an_interval_label_is_still_no_row_label():
    found = values(table("(-Inf, 0.64]"))
    assert not any(name.startswith("(-Inf") for name in found)
