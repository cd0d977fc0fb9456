"""LABEL_CELL in the wide scan when the line's last digit is glued to a label's character far
from the line's end ("py3-none-any_wheel_of_a_package"): the quick test passes a line only
where a label cell may hold; at its edges each scan agrees with the grammar."""

from __future__ import annotations

import pytest

from expctl.metrics.grammar import may_hold_metrics

compiled = pytest.importorskip("expctl.metrics._scan")

GLUED = [
    ("5\ta1cdefghijklmnopqrst", True),  # the gap's digit 3 bytes before the glued digit
    ("5%\ta1cdefghijklmnopqrst", True),  # a "%" after the gap's digit
    ("0.5  ab1cdefghijklmnopqrs", True),
    ("0.5  a" + "b" * 19 + "1" + "c" * 19, True),  # a label of 40 characters
    ("0.5  a" + "b" * 20 + "1" + "c" * 19, False),  # of 41: too long
    ("0.5  a1" + "c" * 38, True),  # the digit 39 bytes from the end, as far as it may stand
    ("0.5  a1" + "c" * 39, False),
    ("5 ab1cdefghijklmnopqrs", False),  # one space: prose
    ("x\tab1cdefghijklmnopqrs", False),  # no digit before the gap
    ("Building wheel for release_v2_branch_of_the_package_tools", False),
    ("Processing ./py3-none-any_wheel_of_a_long_package_name", False),
]


@pytest.mark.parametrize(("line", "accepted"), GLUED)
def test_a_label_with_a_glued_digit_far_from_the_end(line, accepted):
    assert may_hold_metrics(line) is accepted
    for shift in range(64):
        text = "x" * shift + "\n" + line + "\nplain words and more plain words to end a block\n"
        data = text.encode("ascii")
        for wide in (True, False):
            was = compiled.wide_scan(wide)
            try:
                assert compiled.candidate_starts(data, 0, len(data), 100) == (
                    [shift + 1] if accepted else []), (shift, wide)
            finally:
                compiled.wide_scan(was)
