"""Lines in square brackets: a progress report wholly inside one pair (BRACKETED_LINE), and a
line only of bracketed names, each before its number (BRACKETED_NAMES). `expctl.metrics.formats`
reads what `unbracketed` leaves."""

from __future__ import annotations

from ..lazyre import LazyPattern
from .prefixes import read_step_prefix

# BRACKETED_LINE (rules): a line wholly in one pair of square brackets, a step prefix opening it
_BRACKETED = LazyPattern(r"[ \t]*\[([^\[\]]*)\][ \t]*")
# BRACKETED_NAMES (rules): a line only of names in square brackets, each before its number
_BRACKETED_NAMES = LazyPattern(r"(?:[ \t]*\[[^\W\d][\w ]{0,30}\][ \t]+-?\d[\d.eE+-]*){2,}[ \t]*")


def unbracketed(line: str) -> str:
    """`line` past its brackets: the inside of a line wholly in brackets that a step prefix opens
    (BRACKETED_LINE: ``[1/22: loss 1.0753  accuracy 39.33%]``), bracketed names bare
    (BRACKETED_NAMES: ``[epoch]  1   [loss]  2.35``); else `line`."""
    if line[-1:] == "]" and (inside := _BRACKETED.fullmatch(line)) is not None and read_step_prefix(inside.group(1)):
        return inside.group(1)
    if line.lstrip()[:1] == "[" and _BRACKETED_NAMES.fullmatch(line):
        return line.replace("[", " ").replace("]", " ")
    return line
