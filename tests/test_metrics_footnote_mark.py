"""FOOTNOTE_MARK: a column's name in a table of labelled rows may carry a mark pointing to a note
under the table (``R-hat†``, ``n_eff*``); the name is read without it."""

from __future__ import annotations

from expctl.metrics.headers import unmarked
from tests.metric_reading import values

_SUMMARY = """\
            mean      sd    n_eff*   R-hat+
   beta0   1.204   0.311   1450.2    1.002
   sigma   0.877   0.052   1622.9    1.001
   * effective sample size; + split R-hat (should be near 1)
"""


def test_a_mark_glued_to_a_name_is_no_part_of_it():
    got = values(_SUMMARY)
    assert got["beta0/R-hat"] == [1.002]
    assert got["sigma/mean"] == [0.877]
    assert not any(name.endswith(("+", "*")) for name in got)


def test_what_keeps_its_mark():
    assert unmarked("C++") == "C++"  # a doubled mark is the name's
    assert unmarked("+") == "+"
    assert unmarked("acc +") == "acc +"  # a mark apart from the name
    assert unmarked("PSRF\u2020") == "PSRF"
    assert unmarked("loss") == "loss"
