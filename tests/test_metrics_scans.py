"""The fast scans against the one definition of a candidate line, `expctl.metrics.grammar`.

The parser reads only the lines a scan finds. Three scans exist (the compiled one in
`_scan.c`, and the regex scans of `scan.py` for text and for ASCII bytes); each must find every
line `grammar.may_hold_metrics` accepts, or lines with metrics are silently skipped. The regex
scans are derived from the grammar's pieces (`grammar.block_scans`) and may find a few more
lines (the parser then rejects them), never fewer. The compiled scan's characters are a block
generated from the grammar (checked here to be up to date), and it must find exactly the lines
`may_hold_metrics` accepts: checked here on every line of the corpus and on generated lines
(and in tests/test_scan_compiled.py). These tests fail as soon as a scan and the definition
diverge.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pathlib import Path

import pytest

from expctl.metrics import LineSplitter, grammar, scan, write_scan_grammar
from expctl.metrics.grammar import may_hold_metrics

PIECES = st.sampled_from([
    ":", "=", "]", "{", "}", "\t", " ", "  ", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "%", "0", "7",
    ".", "-", "+", "n", "N", "i", "I", "a", "loss", "nan", "12:30", "\n", "\n", "x", "#", "|",
    "s", "ms", "abcd", "(", ")", "tensor(", "e", "\u2502", "\u00b1", "é", "/", "ms/iter",
    "it/s", "}", " ms", "\u2500", "inf", "INF", "Infinity", "NaN", "f", "y", "ity", "\u1d43",
    "\u1d43\u1d47", "\u00b2",
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
@example("0\t)\n")  # ENDS_IN_ASIDE: a digit, then SPACE, then ")"
@example("%\x0b()\n")  # ENDS_IN_BAR_ASIDE: any SPACE before "(", a vertical tab too
@example("0% N\n")  # ENDS_IN_WORD_CELLS: capitals one space after a share
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


MARKED_TABLE = """\
#    Model    MAP@100    MRR     NDCG@10
---  -------  ---------  ------  ---------
a    bm25     0.295      0.583   0.351
b    dense    0.423\u1d43     0.730   0.527\u1d43
c    hybrid   0.535\u1d43\u1d47    0.863\u1d43  0.638\u1d43\u1d47
"""


def test_the_text_scan_finds_rows_whose_last_cell_carries_footnote_marks():
    found = scan.candidate_starts(MARKED_TABLE, 0, len(MARKED_TABLE))  # not ASCII: the text scans
    assert found is not None and accepted_starts(MARKED_TABLE) <= set(found)
    rows = [line for line in MARKED_TABLE.split("\n") if line[:1] in "bc"]
    assert all(MARKED_TABLE.index(row) in found for row in rows)


def test_a_scan_that_misses_a_line_of_the_definition_fails_this_check():
    """The check above is not vacuous: a scan without its table-bar rule misses a row."""
    text = "epoch  loss\n| 1 | 0.5 |\nend"
    assert accepted_starts(text) == {12}
    partial = scan._TEXT_SCANS[:3] + scan._TEXT_SCANS[4:5] * 2 + scan._TEXT_SCANS[5:]
    assert 12 not in scan._scan(text, 0, len(text), partial, "\n=\t{(")


# -- the compiled scan against the grammar -------------------------------------------------------

SCAN_C = Path(grammar.__file__).with_name("_scan.c")
CORPUS = Path(__file__).resolve().parent / "corpus"


def test_the_compiled_scans_grammar_block_is_generated_from_the_grammar():
    source = SCAN_C.read_text(encoding="utf-8")
    assert write_scan_grammar.rewrite_c_block(source) == source, (
        "_scan.c's GRAMMAR block is stale: run `python -m expctl.metrics.write_scan_grammar`")


def test_a_changed_grammar_piece_makes_the_block_stale(monkeypatch):
    """The check above is not vacuous: a new end mark changes the generated block."""
    source = SCAN_C.read_text(encoding="utf-8")
    monkeypatch.setattr(grammar, "END_MARKS", grammar.END_MARKS + "#")
    assert write_scan_grammar.rewrite_c_block(source) != source


def corpus_lines() -> list[str]:
    """Every distinct ASCII line of the development corpus, as the recorder's splitter gives
    them and as raw bytes cut at newlines (with their escapes and carriage returns)."""
    lines: set[str] = set()
    for path in sorted(CORPUS.glob("*/std*.txt")):
        splitter = LineSplitter()
        data = path.read_bytes()
        lines.update(data.decode("utf-8", "replace").split("\n"))
        for at in range(0, len(data), 4096):
            lines.update(splitter.feed(data[at:at + 4096]))
        lines.update(splitter.flush())
    return sorted(line for line in lines if line.isascii() and "\n" not in line)


def test_every_corpus_line_is_a_candidate_of_the_compiled_scan_exactly_when_the_grammar_says():
    compiled = pytest.importorskip("expctl.metrics._scan")
    lines = corpus_lines()
    assert len(lines) > 1000  # the corpus is there
    wrong = [line for line in lines
             if (compiled.candidate_starts(line.encode(), 0, len(line), 1) == [0])
             != may_hold_metrics(line)]
    assert wrong == []
    accepted = [line for line in lines if may_hold_metrics(line)]
    assert 0 < len(accepted) < len(lines)  # both answers occur


def test_the_regex_scans_find_every_corpus_line_the_grammar_accepts():
    lines = [line for line in corpus_lines() if may_hold_metrics(line)]
    for kind, scans, chars in ((str, scan._TEXT_SCANS, "\n=\t{("),
                               (bytes, scan._BYTE_SCANS, b"\n=\t{(")):
        for line in lines:
            text = line + "\n" if kind is str else (line + "\n").encode()
            assert scan._scan(text, 0, len(text), scans, chars) == [0], line
