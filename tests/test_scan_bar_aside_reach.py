"""ENDS_IN_BAR_ASIDE in the compiled scans: a row that closes with "| <words>" after a number
("loss 0.5 | much slower than before") is a candidate of the wide (AVX2) and the 16-byte scan
exactly when `grammar.may_hold_metrics` says so, wherever the line falls across the wide scan's
64-byte blocks and however far its bar stands from the line's end (up to the rule's reach and
just past it). The wide scan finds the bar from its blocks' bit masks, not by a search per line."""

from __future__ import annotations

import pytest

from expctl.metrics.grammar import ASIDE_REACH, may_hold_metrics

compiled = pytest.importorskip("expctl.metrics._scan")

PROSE = "the quick brown fox jumps over the lazy dog again and again\n"


def asides(size: int) -> str:
    """An aside of `size` characters, words and spaces, ending in a letter."""
    return ("much slower than the run before it went " * 3)[:size].rstrip() + "x"


def expected(text: str) -> list[int]:
    starts, at = [], 0
    for line in text.split("\n"):
        if line and may_hold_metrics(line):
            starts.append(at)
        at += len(line) + 1
    return starts


def scan(text: str, wide: bool) -> list[int]:
    data = text.encode("ascii")
    was = compiled.wide_scan(wide)
    try:
        return compiled.candidate_starts(data, 0, len(data), 100_000)
    finally:
        compiled.wide_scan(was)


@pytest.mark.parametrize("wide", [True, False], ids=["wide", "narrow"])
@pytest.mark.parametrize("head", ["loss 0.5 | ", "0.5   | ", "1.2 ops/s, 2.95%   |\t", "x 0.5 |  "])
def test_a_bar_aside_at_every_reach_and_offset_is_what_the_grammar_says(wide, head):
    for size in range(1, ASIDE_REACH + 4):
        row = head + asides(size)
        for shift in range(64):
            text = PROSE + " " * shift + "\n" + row + "\n" + PROSE
            assert scan(text, wide) == expected(text), (row, shift)


def test_the_rows_above_include_candidates_and_lines_that_are_none():
    """The reach matters: near asides make candidates, ones past the reach do not."""
    assert may_hold_metrics("loss 0.5 | " + asides(20))
    assert may_hold_metrics("loss 0.5 | " + asides(ASIDE_REACH - 8))
    assert not may_hold_metrics("loss 0.5 | " + asides(ASIDE_REACH + 2))


@pytest.mark.parametrize("wide", [True, False], ids=["wide", "narrow"])
def test_a_bar_without_a_number_before_it_or_in_prose_is_no_candidate(wide):
    text = (PROSE + "see the notes | much later than planned\n"
            + "a | b | c | d | e | f | g | h | i | j | k | l | m\n" + PROSE * 3)
    assert scan(text, wide) == expected(text) == []


@pytest.mark.parametrize("wide", [True, False], ids=["wide", "narrow"])
@pytest.mark.parametrize("row", [r"train & 0.04 & 0.99 \\ \hline", r"val & 0.5 \\ \midrule \bottomrule",
                                 r"x & 1 \\  \cmidrule", r"prose \hline", r"a 5 \\ \toolongrulename"])
def test_a_latex_row_ending_in_a_rule_is_what_the_grammar_says_at_every_offset(wide, row):
    """ENDS_IN_LATEX_ROW on a line ending in a rule's letters: the wide scan calls its check
    only where a backslash stands in the line's block or the one before (its bit masks)."""
    for shift in range(70):
        text = PROSE + " " * shift + "\n" + row + "\n" + PROSE
        assert scan(text, wide) == expected(text), (row, shift)


@pytest.mark.parametrize("wide", [True, False])
def test_a_bar_aside_whose_text_before_is_a_candidate_by_its_own_end_is_found(wide):
    # found by hypothesis: the aside's bar stands after a tab, the text before it ends in word
    # cells ("0.35178     True   log"), which ENDS_IN_WORD_CELLS accepts
    line = (":" * 25 + "iter  5 abc/abcd  5 abc/abcd|  2.5 ms/iter|  2.5 ms/iter0.35178     True   log"
            "\t|  2.5 ms/iterInfinity")
    text = line + "\n:"
    assert may_hold_metrics(line)
    assert scan(text, wide) == expected(text) == [0]
