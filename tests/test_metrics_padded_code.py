"""A coefficient row closed by R's significance code ``.`` padded to its column (ENDS_IN_CODE):
a candidate line of every scan, read as the rows around it are; invented lines in the shape a
robust-variance package prints its coefficient tests."""

from __future__ import annotations

import contextlib

import pytest

from expctl.metrics import _scan as compiled
from expctl.metrics import scan as scan_module
from expctl.metrics.grammar import may_hold_metrics
from expctl.metrics.scan import DENSE
from tests.metric_reading import values

TABLE = ("       Coef. Estimate     SE t-stat d.f. (Satt) p-val (Satt) Sig.\n"
         " (Intercept)    1.204 0.3118   3.86        21.0       <0.001  ***\n"
         "          z1   -0.233 0.1217  -1.91        17.2       0.0728    .\n")


def test_a_row_closed_by_a_padded_code_is_read():
    found = values(TABLE)
    assert found["z1/Estimate"] == [-0.233]
    assert found["z1/t-stat"] == [-1.91]
    assert found["(Intercept)/SE"] == [0.3118]


@pytest.mark.parametrize(("line", "accepted"), [
    ("          z1   -0.233 0.1217  -1.91        17.2       0.0728    .", True),
    ("x1  0.577  0.0645 .", True),  # the code one space after the value
    ("x1  0.577  0.0645        .", True),  # eight spaces: the widest padding read
    ("x1  0.577  0.0645         .", False),  # nine: a dot far from any value
    ("step 3    .", True),  # a digit right before the spaces is all a candidate needs
    ("step 3 done    .", False),  # a word between
    ("see the notes    .", False),  # no digit before the spaces
])
@pytest.mark.parametrize("wide", [True, False], ids=["wide", "narrow"])
def test_every_scan_agrees_on_a_padded_code(line, accepted, wide):
    assert may_hold_metrics(line) is accepted
    text = "no metric here, only words\n" * 4 + line + "\n" + "more words after it\n" * 4
    at = text.index(line)
    was = compiled.wide_scan(wide)
    with contextlib.ExitStack() as stack:
        stack.callback(compiled.wide_scan, was)
        assert compiled.candidate_starts(text.encode(), 0, len(text), DENSE) == ([at] if accepted else [])
    if accepted:
        assert at in scan_module._scan(text, 0, len(text), scan_module._TEXT_SCANS, "\n=\t{(")
