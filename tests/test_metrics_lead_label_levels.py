"""A barred header over rows labelled before their first bar (LEAD_LABELS) may name a column
by a test's p-value (``Pr(>|t|)``) or a level (``97.5%``), as a ruled header may (RULED_LEVELS):
a regression's coefficients printed so, with names and numbers of our own."""

from __future__ import annotations

from tests.test_metrics_tables import read

COEFFICIENTS = ("Coefficients:\n"
                "         | Estimate  | Std Error | Pr(>|t|)    |\n"
                "------------------------------------------------\n"
                "[a]->[1] | 0.5125    | 0.0875    | 2.5e-06     |\n"
                "[a]->[a] | -1.25     | 0.0625    | 0.0125      |\n"
                "------------------------------------------------\n")


def test_a_p_value_column_beside_names_keeps_the_lead_labelled_table():
    found = read(COEFFICIENTS)
    assert found["[a]->[1]/Estimate"] == [(0.0, 0.5125)]
    assert found["[a]->[a]/Std Error"] == [(0.0, 0.0625)]
    assert found["[a]->[a]/Pr(>|t|)"] == [(0.0, 0.0125)]


def test_a_level_column_beside_names_keeps_it_too():
    text = COEFFICIENTS.replace("Pr(>|t|)   ", "97.5%      ")
    assert read(text)["[a]->[1]/97.5%"] == [(0.0, 2.5e-06)]


def test_one_name_beside_a_level_is_no_header():
    text = ("         | Estimate  | 97.5%     |\n"
            "[a]->[1] | 0.5125    | 0.0875    |\n"
            "[a]->[a] | -1.25     | 0.0625    |\n")
    assert "[a]->[1]/Estimate" not in read(text)
