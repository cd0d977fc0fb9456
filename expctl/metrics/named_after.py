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

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS
from .phases import phase_of
from .vocabulary import is_result_name

_FIELD = (rf"({NUMBER})%?[ \t]+([^\W\d_][\w-]*(?:[ \t][^\W\d_][\w-]*){{0,2}})"
          r"(?:[ \t]*\([^()\n]{0,40}\))?")
_ONE_FIELD = LazyPattern(_FIELD)
# The list, closing the line; what may stand before it: "[E<n>|Epoch <n>] [label]".
_LIST = LazyPattern(rf"(?<![\w.%])(?:{_FIELD}),[ \t]+(?:{_FIELD})(?:,[ \t]+(?:{_FIELD}))*[ \t.]*\Z")
_LEAD = LazyPattern(r"(?:(?<![^\s:\]])(?:E|(?ai:epoch)[ \t]*)(\d{1,9})[ \t]+)?(?:([^\W\d]\w{0,30})[ \t]+)?\Z")


def named_after(line: str) -> tuple[list[tuple[str, str]], list[int], str | None, int] | None:
    """(pairs, where each name starts, the epoch's text or None, where the list starts) of a
    line closed by a list of values named after them (NAMED_AFTER), or None."""
    found = _LIST.search(line)
    if found is None:
        return None
    pairs, spans = [], []
    for field in _ONE_FIELD.finditer(line, found.start()):
        pairs.append((field.group(2), field.group(1)))
        spans.append(field.start(2))
    names = [name.lower() for name, _ in pairs]
    if (len(set(names)) < len(names) or not any("." in value for _, value in pairs)
            or 2 * sum(map(is_result_name, names)) < len(names)
            or any(PROSE_WORDS.intersection(name.split()) for name in names)):
        return None
    lead = _LEAD.search(line, 0, found.start())
    epoch, label = (lead.group(1), lead.group(2)) if lead is not None else (None, None)
    phase = phase_of(label) if label else None
    if label and phase is not None:  # "training" in its one spelling; "train_neg" as printed
        qualifier = phase if label.isalpha() else label
        pairs = [(f"{qualifier}/{name}", value) for name, value in pairs]
    return pairs, spans, epoch, found.start()
