"""The fast scans against the one definition of a candidate line, `formats.may_hold_metrics`.

The parser reads only the lines a scan finds. Three scans exist (the compiled one in
`_scan.c`, and the regex scans of `scan.py` for text and for ASCII bytes); each must find every
line `may_hold_metrics` accepts, or lines with metrics are silently skipped. The compiled scan
must find exactly those (tests/test_scan_compiled.py); the regex scans may find a few more (the
parser then rejects them), never fewer. These tests fail as soon as a scan and the definition
diverge.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expctl.metrics import scan
from expctl.metrics.formats import may_hold_metrics

PIECES = st.sampled_from([
    ":", "=", "]", "{", "}", "\t", " ", "  ", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "%", "0", "7",
    ".", "-", "+", "n", "N", "i", "I", "a", "loss", "nan", "12:30", "\n", "\n", "x", "#", "|",
    "s", "ms", "abcd", "(", ")", "tensor(", "e", "\u2502", "\u00b1", "é",
])
TEXT = st.lists(PIECES, max_size=80).map("".join)


def accepted_starts(text: str) -> set[int]:
    starts, line = set(), 0
    while line <= len(text):
        stop = text.find("\n", line)
        stop = len(text) if stop < 0 else stop
        if line < stop and may_hold_metrics(text[line:stop]):
            starts.add(line)
        line = stop + 1
    return starts


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_the_text_regex_scan_finds_every_line_may_hold_metrics_accepts(text):
    found = scan._scan(text, 0, len(text), scan._TEXT_SCANS, "\n=\t{(")
    if found is not None:  # None: most lines are candidates, and every line is read
        assert accepted_starts(text) <= set(found)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT.map(lambda text: text.encode("ascii", "ignore").decode("ascii")))
def test_the_bytes_regex_scan_finds_every_line_may_hold_metrics_accepts(text):
    data = text.encode("ascii")
    found = scan._scan(data, 0, len(data), scan._BYTE_SCANS, b"\n=\t{(")
    if found is not None:
        assert accepted_starts(text) <= set(found)


def test_a_scan_that_misses_a_line_of_the_definition_fails_this_check():
    """The check above is not vacuous: a scan without its table-bar rule misses a row."""
    text = "epoch  loss\n| 1 | 0.5 |\nend"
    assert accepted_starts(text) == {12}
    partial = scan._TEXT_SCANS[:3] + scan._TEXT_SCANS[4:5] * 2 + scan._TEXT_SCANS[5:]
    assert 12 not in scan._scan(text, 0, len(text), partial, "\n=\t{(")
