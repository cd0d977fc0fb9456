"""Rows of intervals under the names of their methods: INTERVAL_ROWS (rules).

A statistics package prints a confidence interval as its two bounds in parentheses, and
several intervals of one level side by side, each under the name of the method that made it
(R's ``boot.ci``)::

    Level      Normal              Basic
    95%   (-5.348, -2.394 )   (-5.223, -2.220 )      <- Normal: -5.348, -2.394; Basic: ...

A row is a label (one token: a level such as ``95%``, or a word) and one or more intervals,
each ``(low, high)`` or ``[low, high]`` with spaces anywhere inside, and nothing else. The
line above it, past blank lines, names them: its words over an interval (their text overlaps
the interval's) are that interval's name; a word over no interval stands over the labels (the
label column's name, ``Level``); any other word, or an interval under no word, and the line is
no row. Both bounds are values of the name, as an interval's bounds are elsewhere
(INTERVAL_VALUES). A level names no quantity (it is how sure the interval is), so under a level
the value is named by its column alone; under a word, ``<label>/<column>``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_INTERVAL = LazyPattern(rf"[(\[][ \t]*({_NUMBER})[ \t]*,[ \t]*({_NUMBER})[ \t]*[)\]]")
_ROW = LazyPattern(rf"(\S+)((?:[ \t]+[(\[][ \t]*{_NUMBER}[ \t]*,[ \t]*{_NUMBER}[ \t]*[)\]])+)[ \t]*\Z")
_WORD = LazyPattern(r"\S+")
_NAME = LazyPattern(r"[^\W\d][\w.'-]*\Z")  # a header word: a letter first, no bracket
_LEVEL = LazyPattern(r"\d{1,2}(?:\.\d+)?%\Z")  # "95%", "99.5%": how sure, no name
_LOOK_BACK = 3  # blank lines between the header and its first row


def read_interval_row(line: str, before: Callable[[int], Sequence[str]]):
    """``[(pairs, None)]`` for a row of intervals under their names, else None."""
    row = _ROW.match(line)
    if row is None:
        return None
    header = next((text for text in reversed(before(_LOOK_BACK)) if text.strip()), None)
    if header is None:
        return None
    intervals = [(match.span(), match.group(1), match.group(2))
                 for match in _INTERVAL.finditer(line, row.end(1))]
    names: list[list[str]] = [[] for _ in intervals]
    label_end = row.end(1)
    for word in _WORD.finditer(header):
        if _NAME.match(word.group()) is None:
            return None
        over = [at for at, ((start, stop), _, _) in enumerate(intervals)
                if word.start() < stop and start < word.end()]
        if len(over) > 1 or not over and word.start() >= label_end:
            return None  # a word over two intervals, or over none right of the labels
        if over:
            names[over[0]].append(word.group())
    if not all(names):
        return None
    label = row.group(1)
    prefix = "" if _LEVEL.match(label) else f"{label}/"
    pairs = []
    for words, (_, low, high) in zip(names, intervals):
        name = prefix + " ".join(words)
        pairs += [(name, low), (name, high)]
    return [(pairs, None)]
