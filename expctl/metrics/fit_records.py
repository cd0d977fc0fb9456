"""RECORD_BLOCK (`expctl.metrics.rules`): the entries a repeated record's last field holds.

A heading that names settings (``Parameters:``) opens a block of settings (HEADED_BLOCK). A
fitting library prints each fitted model as a record of padded fields, colons in one column,
whose last field is such a heading with the fitted values set in under it, and prints the
record again for the next model::

    Parametric Model                       <- the record's title
    ================
    Distribution        : Weibull          <- fields, their colons in one column
    Fitted by           : MLE
    Parameters          :                  <- a field whose value is the block below
         alpha: 10.50767157916695          <- the fitted values
          beta: 2.092063900044105
    Parametric Model                       <- the same record again: another model
    ...

The heading is no section heading of a config dump there: its colon stands in the column of the
fields above it (it is one more field of the record), and the record's title is printed again,
right after the block or before the record. Each ``name: number`` line of the block is then a
result, read under its own name. A record printed once (a run's settings summary) is left to
HEADED_BLOCK.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from expctl.lazyre import LazyPattern

RECORD_LOOK = 40  # how far back a record and an earlier print of its title are looked for
_ENTRY = LazyPattern(r"\s*[^\W\d][\w.]*: [-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*\Z")
_FIELD = LazyPattern(r"\s*([^\s:][^:]*?) +:(?: +(\S.*?))?\s*\Z")  # "Fitted by   : MLE", "Parameters   :"
_BORDER = LazyPattern(r"\s*([=\-~*#])\1{2,}\s*\Z")


def _field(line: str) -> tuple[int, bool] | None:
    """(the colon's column past the line's indent, whether a value follows it) of a padded field
    line, else None (the indent aside: a run's lines may be read past a shared one, RUN_INDENT)."""
    match = _FIELD.match(line)
    if match is None:
        return None
    return match.end(1) - match.start(1) + line[match.end(1):].index(":"), match.group(2) is not None


def _title(lines: Sequence[str], at: int) -> int | None:
    """Where the title over a record whose first field is `lines[at]` stands: the line above
    it, past an underline; None when there is none (a blank line, the output's start)."""
    at -= 1
    if at >= 0 and _BORDER.match(lines[at]):
        at -= 1
    return at if at >= 0 and lines[at].strip() and _field(lines[at]) is None else None


def in_record_block(line: str, before: Callable[[int], Sequence[str]],
                    after: Callable[[int], Sequence[str]]) -> bool:
    """RECORD_BLOCK: True when `line`, a ``name: number`` line, is one of the entries under a
    repeated record's last field (see the module docstring)."""
    if _ENTRY.match(line) is None:
        return False
    above = before(1)
    if not above or _ENTRY.match(above[-1]) is None and _field(above[-1]) is None:
        return False  # the usual case, one line looked at: no block's entry, no heading above
    lines = before(RECORD_LOOK)
    at = len(lines) - 1
    while at >= 0 and _ENTRY.match(lines[at]):
        at -= 1  # the block's entries above this one
    heading = _field(lines[at]) if at >= 0 else None
    if heading is None or heading[1]:
        return False
    first = at
    while first > 0 and (field := _field(lines[first - 1])) is not None and field == (heading[0], True):
        first -= 1
    if at - first < 2:
        return False  # fewer than two fields over the heading: no record
    where = _title(lines, first)
    if where is None:
        return False
    title = lines[where].strip()
    if any(other.strip() == title for other in lines[:where]):
        return True  # printed before: this record is another one's repeat
    for other in after(RECORD_LOOK):  # waits only while the block's entries go on
        if _ENTRY.match(other) is None:
            return other.strip() == title
    return False
