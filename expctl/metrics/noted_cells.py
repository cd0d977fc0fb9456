"""NOTED_CELL: a short note of words standing in a number's place in a row of numbers.

A solver's trace marks a step where a value was not computed with words in its cell instead
of a number (mixsqp's ``-- EM --`` under ``max(rdual)`` for the rows of its EM warm-up, or
``(skipped)``, ``n/a yet``): the row is still a row, that cell empty. `token_rows` reads such a
row by its tokens; this module finds the notes among them. A note is a run of tokens one space
apart, none of them a value and none holding a digit, of at most NOTE_WORDS words, between two
numbers of the row (words opening or closing a row label it: ``aten::addmm  0.36%  ...``, as
does a phase's word anywhere: ``1 train 0.636 0.607``); a row
keeps at least NOTE_NUMBERS numbers and more numbers than notes, so a sentence with a number or
two is no row.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lazyre import LazyPattern

NOTE_WORDS = 3  # "-- EM --" is one word between marks; "not yet run" three
NOTE_NUMBERS = 3  # the numbers a row with notes keeps at least
_TOKEN = LazyPattern(r"\S+")
Token = tuple[int, int, str]  # (start, end, text) of a token of a line


def noted_tokens(tokens: list[Token], is_value: Callable[[str], bool]) -> list[Token] | None:
    """`tokens` with each note (its tokens one space apart) joined into one token of empty
    text, spanning them all; None when a run of non-value tokens is no note (a digit in it, too
    many words) or the row keeps too few numbers. `tokens` themselves when all are values."""
    if all(is_value(text) for _, _, text in tokens):
        return tokens
    out: list[Token] = []
    run: list[Token] = []  # the tokens of the note being read (marks and words)
    notes = numbers = 0
    for token in tokens + [(-1, -1, "")]:  # a sentinel closes the last run
        start, _, text = token
        value = bool(text) and is_value(text)
        if run and (not text or start > run[-1][1] + 1 or value and any(c.isdigit() for c in text)):
            found = _note(run, is_value)
            if found is None:
                out += run  # a run of marks alone: its tokens are cells of their own
            elif found == "":
                return None  # words that are no note
            elif not numbers or not text:
                return None  # a label opening the row, or closing it: it names the row, no note
            else:
                out.append((run[0][0], run[-1][1], ""))
                notes += 1
            run = []
        if not text:
            break
        if value and any(c.isdigit() for c in text):
            out.append(token)
            numbers += 1
        else:
            run.append(token)
    return out if numbers >= NOTE_NUMBERS and numbers > notes else None


def _note(run: list[Token], is_value: Callable[[str], bool]) -> str | None:
    """"note" when `run` is a note, None when it holds values only (empty marks), "" when
    it holds words that are no note."""
    words = [text for _, _, text in run if not is_value(text)]
    if not words:
        return None
    from .phases import phase_of

    if len(words) > NOTE_WORDS or any(c.isdigit() for _, _, text in run for c in text) or any(
            phase_of(word) for word in words):
        return ""  # a phase's word ("1 train 0.63 0.60") labels the row, as LEAD_PHASE reads it
    return "note"


def is_noted_row(line: str, is_value: Callable[[str], bool]) -> bool:
    """True for a row of numbers with a note among them (a row above a row: no header)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    return len(tokens) >= NOTE_NUMBERS and not all(
        is_value(text) for _, _, text in tokens) and noted_tokens(tokens, is_value) is not None


def note_placed(header: str, column: tuple[int, int, str], index: int, start: int, end: int) -> bool:
    """True when a note spanning `start`:`end`, the `index`-th cell placed under `column` (its
    header's name, words one space apart, from its start to its end), stands under that
    column's `index`-th word (right-aligned R columns: ``-- EM --`` under ``max(rdual)``), not
    the header's first (the column of the rows' labels)."""
    left, right, _ = column
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(header, left, right)]
    if index >= len(words) or not header[:words[index][0]].strip():
        return False  # under the header's first name: a label column (``Source`` over ``model * scaling``)
    word_start, word_end = words[index]
    return min(end, word_end) - max(start, word_start) > 0
