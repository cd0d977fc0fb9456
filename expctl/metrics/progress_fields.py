"""A load tool's progress report: PROGRESS_FIELDS (rules).

A load or benchmark tool run for a while reports, every interval, how far it has come and
what it measured in that interval, as comma-parted fields::

    progress: 2.0 s, 14.0 tps, lat 151.485 ms stddev 1.373, 0 failed

The line opens with a word, a colon and the time elapsed (a number and a unit of time); each
field after a comma is either a value and the word naming it (``14.0 tps``) or a run of names
each with its value, a unit after a value at most (``lat 151.485 ms stddev 1.373``). The
elapsed time is the step of every value, as an epoch is a training line's. Every field must
read so, and two values at least, or the line is something else (prose with commas).
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_LEAD = LazyPattern(rf"\s*[^\W\d]\w{{0,15}}:[ \t]+({_NUMBER})[ \t]?(?:s|sec|ms|min|h)?,[ \t]+(.+?)[ \t]*\Z")
_VALUE = LazyPattern(rf"{_NUMBER}\Z")
_WORD = LazyPattern(r"[^\W\d][\w/.%-]{0,31}\Z")
_UNIT = LazyPattern(r"[^\W\d_]{1,4}(?:/[^\W\d_]{1,4})?\Z")


def read_progress(line: str) -> tuple[list[tuple[str, str]], str] | None:
    """``(pairs, step text)`` of a progress report's line, or None for any other line."""
    lead = _LEAD.match(line)
    if lead is None:
        return None
    pairs: list[tuple[str, str]] = []
    for field in lead.group(2).split(","):
        found = _field_pairs(field.split())
        if found is None:
            return None
        pairs += found
    return (pairs, lead.group(1)) if len(pairs) >= 2 else None


def _field_pairs(tokens: list[str]) -> list[tuple[str, str]] | None:
    """The pairs of one field: ``value name``, or ``name value [unit]`` repeated; else None."""
    if len(tokens) == 2 and _VALUE.match(tokens[0]) and _WORD.match(tokens[1]):
        return [(tokens[1], tokens[0])]
    pairs, at = [], 0
    while at < len(tokens):
        if at + 1 >= len(tokens) or not _WORD.match(tokens[at]) or not _VALUE.match(tokens[at + 1]):
            return None
        pairs.append((tokens[at], tokens[at + 1]))
        at += 2
        if at < len(tokens) and _UNIT.match(tokens[at]) and (
                at + 1 == len(tokens) or not _VALUE.match(tokens[at + 1])):
            at += 1  # a unit after the value: "151.485 ms", never a name with its value
    return pairs or None
