"""HEADED_BLOCK under a header of two columns whose first name is words of prose
(``Goodness of fit    Value``): its rows are what the words name."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values

_FIT = """\
Goodness of fit    Value
 Log-likelihood -141.536
           AICc  287.516
            BIC  289.874

"""


def test_rows_under_goodness_of_fit_are_results():
    assert values(_FIT) == {"Log-likelihood": [-141.536], "AICc": [287.516], "BIC": [289.874]}


def test_rows_under_words_naming_no_result_give_nothing():
    assert values(_FIT.replace("Goodness of fit", "Sizes of the set")) == {}


def test_rows_under_words_naming_settings_are_config():
    got, params = read_with_params(_FIT.replace("Goodness of fit", "Options of the run"))
    assert got == {} and ("AICc", "287.516") in params
