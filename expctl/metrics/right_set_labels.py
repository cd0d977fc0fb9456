"""RIGHT_SET_LABELS (rules): a run of ``label   value unit`` lines whose labels are set
flush right, to one column, names each value by its label.

A report of a state or a result pads its labels on the left so that they end in one column,
the values starting together after a gap, a unit maybe after each (Cantera's state)::

           temperature   2726.9 K            <- temperature = 2726.9
              pressure   1.0132e+05 Pa
      mean mol. weight   29.935 kg/kmol
       phase of matter   gas                 <- a value of words: nothing

A listing of things (``pip list``, a pandas Series, a named vector) sets its names flush left;
labels ending in one column from different starts were set right on purpose, as a report sets
its field names. Three such lines in a row, their labels' right edges and their values' left
edges in one column each and their labels starting in two columns at least, make the run; its
lines are read when the third tells it (the first lines with it). A value of words holds its
line's place and gives nothing; a label of a count, time or setting gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from ..lazyre import LazyPattern

_RUN = 3  # lines of one alignment that make a run
_LOOK_BACK = 24  # lines looked back at for the run's start
# set in, a label with a letter (words one space apart), a gap, a value, maybe one unit after it
_LINE = LazyPattern(r"( +)([^\W\d_](?:\S| (?! ))*?)( {2,})(\S+)(?: ([^\W\d][^\s\d]*\d?))?\s*\Z")
_NUMBER = LazyPattern(rf"{NUMBER}\Z")
_WORD = LazyPattern(r"[^\W\d]+\Z")

Edges = tuple[int, str, int, int, str]  # indent, label, label's end, value's start, value


def _edges(line: str) -> Edges | None:
    """(indent, label, the label's end column, the value's start column, value) of a run line."""
    if line[:1] != " " or ":" in line or "=" in line:
        return None
    match = _LINE.match(line)
    if match is None or match.group(5) and not _NUMBER.match(match.group(4)):
        return None  # a unit follows a number only
    if not (_NUMBER.match(match.group(4)) or _WORD.match(match.group(4))):
        return None
    return len(match.group(1)), match.group(2), match.end(2), match.start(4), match.group(4)


def _right_set(run: Sequence[Edges]) -> bool:
    """True when `run` is long enough and its labels start in two columns at least."""
    return len(run) >= _RUN and len({indent for indent, *_ in run}) > 1


def _pairs(lines: Sequence[Edges]) -> list[tuple[str, str]]:
    """The (label, number) pairs of `lines` that name a quantity."""
    return [(label, value) for _, label, _, _, value in lines if _NUMBER.match(value) and not (
        rules.is_setup_name(label) or rules.is_time_column(label) or rules.is_counted(label, value))]


def read_right_set(line: str, before: Callable[[int], Sequence[str]]) -> list[tuple[str, str]] | None:
    """The pairs `line` gives as a line of a RIGHT_SET_LABELS run (with the run's lines above it
    when it is the first line that tells the run), or None when it is no such line."""
    own = _edges(line)
    if own is None:
        return None
    run: list[Edges] = []
    for text in reversed(before(_LOOK_BACK)):
        edges = _edges(text)
        if edges is None or edges[2] != own[2] or edges[3] != own[3]:
            break
        run.append(edges)
    run.reverse()
    if not _right_set([*run, own]):
        return None
    # the lines above were read already when they made a run of their own
    return _pairs([own] if _right_set(run) else [*run, own])
