"""ENDS_IN_BAR_ASIDE's bracketed form: a note in brackets closing a line (``15 ms (longest
request)``) keeps it a candidate when what stands before the note would be one, in the
compiled scan as in Python; a load tester's last percentile row, closed so, is read."""

from __future__ import annotations

import pytest

from expctl.metrics import scan
from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import values

_LINES = [
    " 100%      15 ms (longest request)",
    "acc 0.91 (best so far)",
    "  val_loss   0.31  (improved)",
    "Downloaded 3 files (cached)",
    "see the notes (below)",
    "loss 0.5 (a(b)c)",
    "loss 0.5 (" + "x" * 45 + ")",
    "loss 0.5(glued)",
    "(only an aside)",
]


@pytest.mark.parametrize("line, accepted", [
    (_LINES[0], True), (_LINES[1], True), (_LINES[2], True),
    (_LINES[3], False), (_LINES[4], False), (_LINES[5], False), (_LINES[6], False),
    (_LINES[7], False), (_LINES[8], False),
])
def test_a_closing_note_in_brackets_leaves_the_decision_to_what_stands_before(line, accepted):
    assert may_hold_metrics(line) is accepted


def test_the_compiled_scan_agrees_on_bracketed_notes():
    if scan.compiled_starts is None:
        pytest.skip("the compiled scan is not built")
    text = "\n".join(_LINES).encode("ascii") + b"\n"
    starts = scan.compiled_starts(text, 0, len(text), 1000)
    found = {text[s:text.index(b"\n", s)].decode() for s in starts}
    assert found == {line for line in _LINES if may_hold_metrics(line)}


def test_the_last_percentile_row_closed_by_a_note_is_read():
    text = ("Percentage of requests served within a certain time\n"
            "  50%      4 ms\n"
            "  90%      9 ms\n"
            "  99%      16 ms\n"
            " 100%      21 ms (longest request)\n")
    assert values(text) == {"50%": [4.0], "90%": [9.0], "99%": [16.0], "100%": [21.0]}
