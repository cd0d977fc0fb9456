"""OWNER_HEADING (rules): a heading that names the owner of the labelled lines set in under it.

A report lists, for each of several owners, the things it has, one line each, the owner named
by a sentence closed by a colon that counts them::

    Variable Y has 2 link(s):
        (Y -1): pval = 0.00000 | val =  0.423
        (X -1): pval = 0.00000 | val =  0.352

The lines' labels (SIBLING_LABELS) say which thing each key measures, the heading whose thing
it is: ``(X -1)`` under ``Variable Y`` is another link than under ``Variable X``, so a pair is
``<owner>/<label>/<key>`` (``Y/(X -1)/val``). The owner is the subject's last word, a kind's
word before it (``Variable``, ``Node``) printed alike on every such heading; the heading says
``has`` and a count, no smaller than the lines of the block so far. A heading of another shape
(``Results:``) names no owner.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_HEADING = LazyPattern(r"\s*(?:[^\W\d][\w-]{0,31} )?([^\s:]{1,32}) (?:has|have) (\d+) [^\W\d][\w()]{0,31}:\s*\Z")
_REACH = 64  # the lines of one owner's block, blank ones among them


def _set_in(line: str) -> int:
    return len(line) - len(line.lstrip())


def owned(label: str, line: str, before) -> str:
    """`label` under the owner the heading over `line`'s block names (``X/(X -1)``), else
    `label` as it is. `before(k)`: the k lines above, oldest first."""
    indent, rows = _set_in(line), 1
    for above in reversed(before(_REACH)):
        if not above.strip():
            continue
        depth = _set_in(above)
        if depth >= indent:
            rows += depth == indent
            continue
        heading = _HEADING.match(above)
        return f"{heading.group(1)}/{label}" if heading and int(heading.group(2)) >= rows else label
    return label
