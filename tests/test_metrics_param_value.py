"""A column headed ``Param.`` alone holds parameter values, no count (PARAM_VALUE)."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values

COVARIANCE = ("Covariance parameters (random effects):\n"
              "           Param.  Std. err.\n"
              "Error_var  0.0664     0.0046\n"
              "Group_1    0.6081     0.1582\n")


def test_a_param_column_holds_the_estimates():
    found = values(COVARIANCE)
    assert found["Error_var/Param."] == [0.0664] and found["Group_1/Std. err."] == [0.1582]


def test_param_with_another_word_or_in_the_plural_still_names_no_result():
    assert not rules.is_setup_name("Param.") and not rules.is_setup_name("param")
    assert rules.is_setup_name("param_C") and rules.is_setup_name("params")
    assert rules.is_setup_name("Total params")
