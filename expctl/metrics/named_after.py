"""NAMED_AFTER (rules): a line that ends in a list of measurements each printed value first, its
name after it (``E1 train  0.7547 loss,  41.7% correct, 1.0000 precision``), as the LUNA
chapters of *Deep Learning with PyTorch* log and the many loops copied from them print.

The list closes the line: two fields or more parted by commas, each a number (a ``%`` after it
allowed), spaces, and one to three words naming it, an aside in parentheses after a name
allowed (``100.0% correct (38 of 38)``: the counts it was taken over). A list of things counted
is no measurement (``3 files, 2 folders``): at least one value holds a fraction, and half the
names or more say they are results (RESULT_WORDS: loss, correct, precision, recall, ...). No two
fields share a name, and no name holds a word that joins a sentence (PROSE_WORDS).

What stands right before the list may say whose and when: a label word (``train``,
``val_neg``) and, before it, the epoch as ``E<n>`` or ``Epoch <n>``. A label that is a phase
word, or opens with one (``train_neg``), qualifies each name (``train/loss``,
``train_neg/loss``); the epoch is the line's step.
"""

from __future__ import annotations

import re

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS
from .phases import phase_of
from .vocabulary import is_result_name

_FIELD = (rf"({NUMBER})%?[ \t]+([^\W\d_][\w-]*(?:[ \t][^\W\d_][\w-]*){{0,2}})"
          r"(?:[ \t]*\([^()\n]{0,40}\))?")
# Each field after a comma, the last one closing the line, and the first one right before the
# first comma: the list is walked back from the line's end, comma by comma, so a long line costs
# one pass (a search for the whole list from every position would cost the square of it).
_AFTER_COMMA = LazyPattern(rf"[ \t]+{_FIELD}")
_CLOSING = LazyPattern(rf"[ \t]+{_FIELD}[ \t.]*")
_FIRST = LazyPattern(rf"(?<![\w.%]){_FIELD}\Z")
_LEAD = LazyPattern(r"(?:(?<![^\s:\]])(?:E|(?ai:epoch)[ \t]*)(\d{1,9})[ \t]+)?(?:([^\W\d]\w{0,30})[ \t]+)?\Z")


def _fields(line: str) -> tuple[list, int] | None:
    """The matches of the fields of the list closing `line`, first to last, and where the list
    starts; None when fewer than two fields close it."""
    at = len(line)
    found: list[re.Match[str]] = []
    while (comma := line.rfind(",", 0, at)) >= 0:
        field = (_AFTER_COMMA if found else _CLOSING).fullmatch(line, comma + 1, at)
        if field is None:
            break
        found.append(field)
        at = comma
    first = _FIRST.search(line, 0, at) if found else None
    if first is None:
        return None
    return [first, *reversed(found)], first.start()


def named_after(line: str) -> tuple[list[tuple[str, str]], list[int], str | None, int] | None:
    """(pairs, where each name starts, the epoch's text or None, where the list starts) of a
    line closed by a list of values named after them (NAMED_AFTER), or None."""
    listed = _fields(line)
    if listed is None:
        return None
    fields, start = listed
    pairs = [(field.group(2), field.group(1)) for field in fields]
    spans = [field.start(2) for field in fields]
    names = [name.lower() for name, _ in pairs]
    if (len(set(names)) < len(names) or not any("." in value for _, value in pairs)
            or 2 * sum(map(is_result_name, names)) < len(names)
            or any(PROSE_WORDS.intersection(name.split()) for name in names)):
        return None
    lead = _LEAD.search(line, 0, start)
    epoch, label = (lead.group(1), lead.group(2)) if lead is not None else (None, None)
    phase = phase_of(label) if label else None
    if label and phase is not None:  # "training" in its one spelling; "train_neg" as printed
        qualifier = phase if label.isalpha() else label
        pairs = [(f"{qualifier}/{name}", value) for name, value in pairs]
    return pairs, spans, epoch, start
