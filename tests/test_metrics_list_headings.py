"""LIST_HEADING: a table printed as an R list's member is named by the member's path, on
invented lines."""

from __future__ import annotations

from expctl.metrics.list_headings import list_heading
from tests.metric_reading import values

# print() of a list of two coefficient matrices, one per stratum
TWO_MEMBERS = """\
$stratum.a
            Estimate Std. Error t value Pr(>|t|)
(Intercept)  4.21034    0.31022  13.572  < 2e-16 ***
dose        -0.81240    0.09911  -8.197 3.1e-12 ***

$stratum.b
            Estimate Std. Error t value Pr(>|t|)
(Intercept)  3.90412    0.28801  13.555  < 2e-16 ***
dose        -0.60415    0.10203  -5.921 5.2e-08 ***
"""


def test_each_members_table_is_named_by_its_path():
    found = values(TWO_MEMBERS)
    assert found["stratum.a/(Intercept)/Estimate"] == [4.21034]
    assert found["stratum.b/dose/t value"] == [-5.921]
    assert "dose/Estimate" not in found  # the members' tables are not one series


def test_a_nested_path_joins_its_parts():
    text = ("$fit$coef\n"
            "       Estimate Std. Error\n"
            "slope   0.51200    0.04100\n"
            "offset  1.20400    0.30900\n")
    assert values(text)["fit/coef/slope/Estimate"] == [0.512]


def test_a_table_under_no_path_keeps_its_row_names():
    text = TWO_MEMBERS.replace("$stratum.a\n", "Stratum A\n\n").replace("$stratum.b\n", "\n")
    assert values(text)["dose/Estimate"] == [-0.8124, -0.60415]


def test_a_path_must_stand_alone_on_its_line():
    assert list_heading("$Comp.1") == "Comp.1"
    assert list_heading("$`p adj`") == "p adj"
    assert list_heading("$ 12.50 spent") is None
    assert list_heading("price $Comp.1") is None
