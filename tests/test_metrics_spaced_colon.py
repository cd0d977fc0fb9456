"""A report's label set off from its colon by a space (SPACED_COLON), on invented lines in the
shape a fit summary prints them."""

from __future__ import annotations

from tests.metric_reading import read, values

FIT = ("After 4 iterations the fit converged.\n"
       "final sum of squares of residuals : 0.0964003\n"
       "\n"
       "degrees of freedom    (FIT_NDF)                        : 37\n"
       "rms of residuals      (FIT_STDFIT) = sqrt(WSSR/ndf)    : 0.0510433\n"
       "variance of residuals (reduced chisquare) = WSSR/ndf   : 0.00260541\n")


def test_a_padded_label_before_a_spaced_colon_names_its_value():
    found = values(FIT)
    assert found["final sum of squares of residuals"] == [0.0964003]
    assert found["rms of residuals"] == [0.0510433]
    assert found["variance of residuals"] == [0.00260541]
    assert "WSSR/ndf" not in found


def test_a_whole_number_or_a_colon_without_a_space_before_it_is_no_spaced_label():
    assert "degrees of freedom" not in read(FIT)
    assert read("sum of squares of residuals: 0.0964003\n") == {}  # a sentence (PROSE_WORDS)
    assert read("time taken for the fit : 0.52\n") == {}  # a time of the run
