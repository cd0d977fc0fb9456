"""BOUND_LEVELS: R prints an interval's bound columns under their levels (``2.5%  97.5%``) set in
over the row labels; right under another table of the same rows, that header line is no row of
it. Tables of our own in the shape ``summary()`` prints."""

from __future__ import annotations

from tests.test_metrics_tables import read

TEXT = """\
       coef exp(coef) se(coef)     z p-value
dose 0.4120     1.510   0.1312  3.14  0.0017
sex -0.2040     0.815   0.0981 -2.08  0.0380

    exp(coef) exp(-coef)  {low} {high}
dose     1.510      0.662 1.167  1.953
sex      0.815      1.226 0.673  0.989
"""


def test_a_header_of_bound_levels_is_no_row():
    found = read(TEXT.format(low="2.5%", high="97.5%"))
    assert found["dose/97.5%"] == [(0.0, 1.953)]
    assert not any(name.startswith("exp(coef)") for name in found)
    assert all(value not in (2.5, 97.5) for points in found.values() for _, value in points)


def test_shares_that_do_not_bound_an_interval_stay_a_row():
    # 12.5% and 60.0%: no pair of bounds (they do not sum to 100), so the line is read as before
    found = read(TEXT.format(low="12.5%", high="60.0%"))
    assert any(value == 60.0 for points in found.values() for _, value in points)
