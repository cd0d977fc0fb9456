"""PIPED_HEADER: colon-labelled rows under a header of names parted by bars, on invented
output."""

from __future__ import annotations

from tests.metric_reading import read


def test_colon_labelled_rows_under_a_barred_header():
    text = ("Criteria of the fit\n"
            "          |  Penalty by df  |  Penalty by n  |  Small sample\n"
            "  Akaike:        -12.5031          40.125          41.0077\n"
            "Bayesian:        -80.9312          52.330          NA\n"
            "Done.\n")
    got = read(text)
    assert got["Akaike/Penalty by df"] == [(0.0, -12.5031)]
    assert got["Bayesian/Penalty by n"] == [(0.0, 52.33)]
    assert not any(name.startswith("Bayesian/Small") for name in got)


def test_whole_counts_beside_the_fit_are_left_out():
    text = ("          |  Parameters  |  Degrees of Freedom  |  Deviance\n"
            "     Fitted:            4                   96     210.5521\n"
            "  Saturated:           10                   90           NA\n")
    got = read(text)
    assert got == {"Fitted/Deviance": [(0.0, 210.5521)]}
