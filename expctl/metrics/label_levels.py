"""LABEL_LEVELS (rules): rows labelled by two text columns or more, each named in the header.

A table may say which row it is by several columns of text, each under a name of its own, the
outer one printed only where it changes. R's ``VarCorr`` prints a mixed model's random effects
so, a group and the term varying in it::

     Groups   Name        Variance Std.Dev. Corr
     Subject  (Intercept) 612.10   24.741           <- Subject/(Intercept)/Variance
              Days         35.07    5.922   0.07    <- Subject/Days/Variance: the group held
     Residual             654.94   25.592           <- Residual/Variance: no term

Each word of the label belongs to the label column whose name starts at or left of it (a
column runs from its name's start to the next name's: R sets text columns left, one space
apart at the least); a row's name is its columns' words, outer first, joined by
``/``, a blank outer cell taking the row above's (as a nested index is named,
``<outer>/<inner>/<column>``). Only where the header names two label columns or more and
every label cell stands under one of them; else the row is named as before.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_WORD = LazyPattern(r"\S+")


def label_levels(header: str, line: str, label_end: int, values_start: int,
                 held: list[str]) -> list[str] | None:
    """The levels naming `line`'s row, outer first (`held`, the row above's levels, fills its
    blank outer cells), or None when the header does not name two label columns or more
    over the label cells (the text before `label_end`; the values start at `values_start`)."""
    starts = [m.start() for m in _WORD.finditer(header, 0, values_start)
              if m.end() <= values_start and m.start() < label_end]
    if len(starts) < 2:
        return None  # the usual case: one label column, or none named
    levels: list[str | None] = [None] * len(starts)
    for word in _WORD.finditer(line, 0, label_end):
        column = next((i for i in range(len(starts) - 1, -1, -1) if starts[i] <= word.start()), None)
        if column is None:
            return None  # a word left of every name: a row name of its own (ROW_NAME_COLUMN)
        levels[column] = word.group() if levels[column] is None else f"{levels[column]} {word.group()}"
    first = next(i for i, level in enumerate(levels) if level is not None)
    if first > len(held):
        return None  # a blank outer cell and no row above to take it from
    return held[:first] + [level for level in levels[first:] if level is not None]
