"""WRAPPED_HEADER (`expctl.metrics.rules`): a header whose names wrap over several lines.

Rich wraps a column's name when the terminal is narrow (a pipe's 80 columns), bottom-aligned,
cutting a word too long for the column with ``…``; tabulate prints a name holding a newline
over two lines, top-aligned::

    ┃       ┃ Train   ┃ Validat… ┃          epoch    train    val
    ┃ epoch ┃ Loss    ┃ Accuracy ┃                    loss    acc
    ┡━━━━━━━╇━━━━━━━━━╇━━━━━━━━━━┩        -------  -------  -----
    │ 1     │ 0.5123  │ 0.8012   │              1      0.5    0.8

The header is every line of names between the table's top (a border, a blank line) and the
rule under it; each column's name is its parts top to bottom (``Train Loss``, ``train loss``).
A part cut short leaves the whole name cut (``Validat… Accuracy``), which names nothing a
program printed whole (CUT_NAMES). Only a header closed by a rule is read so: without one,
lines of names over rows may be anything (a title, a sentence, a table of text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .drawn_headers import joined
from .grammar import TABLE_BARS
from ..lazyre import LazyPattern

_CELL = LazyPattern(r"\S+(?: \S+)*")
_GAP = LazyPattern(r"\s{2,}|\t")
_RUN = LazyPattern(r"\S+")
_BARS = LazyPattern("[" + re.escape(TABLE_BARS) + "]")
# TYPE_ROW: a column type as databases and data frames print it under a name (DuckDB's
# ``varchar``/``double``, SQL's ``decimal(10,2)``, pandas's ``int64``, polars's ``f64``)
_TYPE = LazyPattern(
    r"(?i)(?:u?int(?:8|16|32|64|128)?|u?i(?:8|16|32|64)|f(?:16|32|64)|float(?:16|32|64)?|double"
    r"|real|decimal(?:\(\d+, ?\d+\))?|numeric|bigint|smallint|tinyint|hugeint|varchar|char"
    r"|text|string|str|bool(?:ean)?|date|time|timestamp(?: with time zone)?|interval|blob"
    r"|object|category|datetime64\[\w+\])(?:\[\])?\Z")


def _is_type_row(cells: list[str]) -> bool:
    """TYPE_ROW (rules): a header line whose every cell is a column type (DuckDB's box prints
    ``varchar  int64  double`` under its names): it types the columns, it names none of them."""
    texts = [cell.strip() for cell in cells]
    return all(texts) and all(_TYPE.match(text) for text in texts)


def _is_part(cell: str, kind: Callable[[str], str]) -> bool:
    """A header line's cell: a name, a blank, or a word cut short (``Validat…``)."""
    text = cell.strip()
    return kind(text) in ("name", "empty") or (text.endswith("…") and " " not in text)


def _is_dashes(line: str, width: int) -> bool:
    """True for a line of `width` runs of dashes between bars (polars's ``│ --- ┆ --- │``), one
    of them blank where polars left columns out (``┆   ┆`` under its ``…``: ELIDED_COLUMNS)."""
    parts = [part.strip() for part in _BARS.split(line.strip()) if part.strip()]
    if len(parts) == width and all(set(part) == {"-"} for part in parts):
        return True
    cells = [part.strip() for part in _BARS.split(line.strip())[1:-1]]
    return len(cells) == width and len(parts) == width - 1 and all(
        not cell or set(cell) == {"-"} for cell in cells)


def _above_rule(lines: Sequence[str], is_rule: Callable[[str], bool]) -> tuple[int, str] | None:
    """Where the lines above the rule(s) right above a row end, and the last rule."""
    at, rule = len(lines) - 1, None
    while at >= 0 and lines[at].strip() and is_rule(lines[at]):
        rule, at = lines[at], at - 1
    return None if rule is None else (at, rule)


def wrapped_barred(lines: Sequence[str], width: int, cells_of, kind, is_rule
                   ) -> list[str] | None:
    """The names of a barred header of two or more lines right above the rule above a row of
    `width` cells (`lines` oldest first), joined per column; None for any other header."""
    found = _above_rule(lines, is_rule)
    if found is None:
        return None
    at, typed, type_row = found[0], False, False
    block: list[list[str]] = []
    first = _BARS.search(lines[at]) if at >= 0 else None
    # a first column outside the bars (Rich's MINIMAL): its cell may be blank on a line above
    lead = first is not None and bool(lines[at][:first.start()].strip())
    while at >= 0:
        if not typed and _is_dashes(lines[at], width):
            block, typed, at = [], True, at - 1  # TYPED_HEADER: lines under the dashes give types
            continue
        cells = _BARS.split(lines[at].rstrip()) if lead else cells_of(lines[at])
        at -= 1
        if cells is None or len(cells) != width or not all(_is_part(c, kind) for c in cells):
            break
        if not block and not typed and not type_row and _is_type_row(cells):
            type_row = True  # TYPE_ROW: the line right above the rule types the names over it
            continue
        block.append(cells)
    if len(block) < (1 if typed or type_row else 2):
        return None
    names = [joined([part.strip() for part in column[::-1] if part.strip()])  # "Sig. (2-tailed)"
             for column in zip(*block)]
    return names if all(names[1:]) else None


def wrapped_aligned(lines: Sequence[str], width: int, kind, is_rule
                    ) -> tuple[list[str], list[tuple[int, int]]] | None:
    """The names and columns of an aligned header of two or more lines right above the rule
    above a row of `width` cells: the columns are the rule's runs when it has one per cell,
    else the names of the header's widest line; every name of every line stands over one of
    them. None for any other header."""
    found = _above_rule(lines, is_rule)
    if found is None:
        return None
    at, rule = found
    block: list[str] = []
    while at >= 0 and lines[at].strip() and all(
            _is_part(cell, kind) for cell in _GAP.split(lines[at].strip())):
        block.insert(0, lines[at])
        at -= 1
    if len(block) < 2:
        return None
    columns = [m.span() for m in _RUN.finditer(rule)]
    ruled = len(columns) == width
    if not ruled:
        widest = max(block, key=lambda line: len(_CELL.findall(line)))
        columns = [m.span() for m in _CELL.finditer(widest)]
    if len(columns) != width:
        return None
    parts: list[list[str]] = [[] for _ in columns]
    for line in block:
        for match in _CELL.finditer(line):
            start, end = match.span()
            under = [i for i, (left, right) in enumerate(columns) if start < right and left < end]
            if len(under) != 1 or ruled and not (
                    columns[under[0]][0] <= start and end <= columns[under[0]][1]):
                return None  # RULE_WIDTH (rules): a line past its column's rule is no part of a name
            parts[under[0]].append(match.group())
    if not all(parts):
        return None
    return [" ".join(words) for words in parts], columns
