"""SIBLING_LABELS (rules): labelled lines set in alike, each over its own block of detail,
reporting the same keys.

A report of several things prints each thing's line, its label first, then the thing's detail
set in deeper, then the next thing's line set in as the first was::

      read: IOPS=11.3k, BW=44.2MiB/s (46.4MB/s)
        clat (usec): min=42, max=4358, avg=83.64
      write: IOPS=4936, BW=19.3MiB/s (20.2MB/s)
        clat (usec): min=2, max=2975, avg= 8.84

The two lines are siblings (LEAD_LABEL_RUN's lines, a block of detail between them): the label
says which thing ``IOPS`` measures, ``read/IOPS``, and two things must never share a series.
Only lines set in deeper than the label's line (or blank) may stand between; a line alone, or
whose nearest sibling reports other keys, keeps its bare keys.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .lead_labels import thing_name as _name
from .value_lists import nonblank_after

# A label: a name closed by a colon, or a term in parentheses (TERM_LABELS: ``(X -1):``).
_LABELLED = LazyPattern(r"(\s*)([^\W\d][\w.-]{0,31}:|\([^()]{1,30}\):)\s+(?=[^\W\d])")
_REACH = 12  # the lines of one thing's detail


def _label(token: str) -> str | None:
    """The thing's name a label spells: a term in parentheses as printed (``(X -1)``: a
    variable at a lag, which holds a number and spaces), else as LEAD_LABEL_RUN's names."""
    return token[:-1] if token[:1] == "(" else _name(token)


def _set_in(line: str) -> int:
    return len(line) - len(line.lstrip())


def _sibling(lines, indent: int):
    """The first of `lines` set in no deeper than `indent` (a line set in deeper passed over),
    or None when it is set in less or there is none."""
    for text in lines:
        depth = _set_in(text)
        if depth > indent:
            continue
        return text if depth == indent else None
    return None


def sibling_label(line: str, first: int, before, after) -> str | None:
    """The label `line` opens with (its first pair at `first`) when its nearest sibling above or
    after, past lines set in deeper, opens with another label and reports the same keys; else
    None. `before(k)`: the k lines above, oldest first; `after(k)`: the k-th line after."""
    own = _LABELLED.match(line, 0, first + 1)
    if own is None or own.end() != first or (label := _label(own.group(2))) is None:
        return None
    indent = len(own.group(1))
    from .formats import read_line  # the formats read lines through the rules: no cycle at import

    keys = [name for name, _ in read_line(line).pairs]
    above = [text for text in before(2 * _REACH) if text.strip()][-_REACH:]
    for near in (reversed(above), nonblank_after(after, _REACH)):
        other = _sibling(near, indent)
        theirs = _LABELLED.match(other) if other is not None else None
        if theirs is None or theirs.group(2) == own.group(2) or _label(theirs.group(2)) is None:
            continue
        reading = read_line(other)
        if reading.spans and reading.spans[0] == theirs.end() and [n for n, _ in reading.pairs] == keys:
            return label
    return None
