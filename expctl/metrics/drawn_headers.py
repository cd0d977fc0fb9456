"""DRAWN_HEADER_CELLS (rules): a box-drawn header whose cells stand over several lines.

A statistics package draws its tables with box characters and wraps a column's name inside its
cell, over as many lines as the widest heading needs; a heading cell spanning several columns
(a group of them: ``95% Confidence Interval of the Difference``) stands above theirs, a rule
drawn between. GNU PSPP's t-test::

    │           │ Levene's│                                                       │
    │           │Variances│              T-Test for Equality of Means             │
    │           ├────┬────┼─────┬──────┬────────┬──────────┬──────────┬───────────┤
    │           │    │    │     │      │        │          │          │    95%    │
    │           │    │    │     │      │        │          │          │Interval of│
    │           │    │    │     │      │Sig. (2-│   Mean   │Std. Error├─────┬─────┤
    │           │  F │Sig.│  t  │  df  │ tailed)│Difference│Difference│Lower│Upper│
    ├───────────┼────┼────┼─────┼──────┼────────┼──────────┼──────────┼─────┼─────┤

Each column is where the rule right above the rows has its junctions; its name is the text of
its own cell, the lines from the rule up to the first rule, border or line crossing it drawn
over it, joined top to bottom (``Mean Difference``; a part ending in a hyphen joins without a
space: ``Sig. (2-tailed)``). A cell spanning columns names a group of them, not a column:
the column is named by the cell right over its values, as a one-line header names it.
"""

from __future__ import annotations

from collections.abc import Sequence

_VERTICAL = frozenset("│┃║├┤┼┬┴┝┥┿┠┨╂┣┫╋╞╡╪╟╢╫╠╣╬┡┩╇┢┪╈")  # bars, and junctions a bar runs through
_HORIZONTAL = frozenset("─━═")
_RULE_STARTS = frozenset("├┝┠┣╞╟╠┡┢")  # a rule inside a box, opening at its left side
_TOPS = frozenset("╭┌┏╔╒╓")
REACH = 24  # header lines looked up over (PSPP wraps a name a word a line)


def drawn_rule(line: str) -> bool:
    """True for a rule drawn inside a box (``├───┼───┤``): a drawn header may stand over it."""
    text = line.strip()
    return text[:1] in _RULE_STARTS and text[-1:] in _VERTICAL


def drawn_header(lines: Sequence[str], width: int) -> list[str] | None:
    """The names of the `width` columns of the box-drawn header over the rule that closes
    `lines` (oldest first), when one of them wraps over two lines or more; else None (a
    header of one line is read as any barred one)."""
    if not lines or not drawn_rule(lines[-1]):
        return None
    rule = lines[-1]
    bars = [at for at, char in enumerate(rule) if char in _VERTICAL]
    if len(bars) != width + 1:
        return None
    spans = list(zip(bars, bars[1:]))
    parts: list[list[str]] = [[] for _ in spans]
    closed = [False] * width
    for line in reversed(lines[:-1]):
        if not line.strip() or line.lstrip()[:1] in _TOPS:
            closed = [True] * width  # the box's top, or no box
            break
        for column, (left, right) in enumerate(spans):
            if closed[column]:
                continue
            cell = line[left + 1:right]
            if line[left:left + 1] not in _VERTICAL or line[right:right + 1] not in _VERTICAL or (
                    not _HORIZONTAL.isdisjoint(cell)):
                closed[column] = True  # a rule over the cell, or a cell spanning its sides
            elif cell.strip():
                parts[column].insert(0, cell.strip())
        if all(closed):
            break
    if not all(closed[1:]) or not all(parts[1:]) or max(map(len, parts)) < 2:
        return None
    return [joined(column) for column in parts]


def joined(parts: Sequence[str]) -> str:
    """A name's parts, top to bottom, one space apart; a part ending in a hyphen joins the
    next without one (``Sig. (2-`` over ``tailed)``: the word was broken there)."""
    return "".join(part if at == 0 or parts[at - 1].endswith("-") else " " + part
                   for at, part in enumerate(parts))
