"""TEXT_LABEL under no name: R's data frame printed with its row numbers and a column of
labels whose name is blank (robumeta's ``reg_table``); TEST_COLUMNS' ``P(|t|>)``."""

from __future__ import annotations

from tests.metric_reading import values

_TABLE = ("               Estimate  StdErr t-value  dfs P(|t|>) 95% CI.L 95% CI.U Sig\n"
          "1 X.Intercept.  0.50853 0.19770    2.57 12.7  0.0236   0.0803  0.93675  **\n"
          "2        males -0.00519 0.00316   -1.64 15.7  0.1202  -0.0119  0.00151    \n"  # R pads
          "3      college  0.40101 0.19770    2.03 12.9  0.0637  -0.0265  0.82855   *\n"
          "---\n")


def test_rows_are_named_by_their_labels_under_a_blank_name():
    got = values(_TABLE)
    assert got["X.Intercept./Estimate"] == [0.50853]
    assert got["males/95% CI.L"] == [-0.0119]
    assert got["college/95% CI.U"] == [0.82855]
    assert not any(name.startswith(("1/", "2/", "3/")) for name in got)


def test_a_p_value_named_after_its_statistic_is_a_column():
    assert values(_TABLE)["college/P(|t|>)"] == [0.0637]


def test_labels_under_a_header_reaching_over_them_are_no_text_labels():
    shifted = _TABLE.replace("               Estimate", "    Estimate           ")
    assert "males/Estimate" not in values(shifted)
