"""PADDED_LABEL_BLOCK (rules): a report's lines, each a label padded to a shared colon column,
name their pairs by their labels.

A report prints what it measured as a block of sections, one a line, each label padded with
spaces so that the colons stand in one column and the pairs start together::

      lat (msec)   : 2=0.05%, 4=0.24%, 10=0.20%
      cpu          : usr=0.00%, sys=33.60%, ctx=1428, majf=0, minf=13
      IO depths    : 1=100.0%, 2=0.0%, 4=0.0%

The label says what the pairs are of: ``usr`` alone is no quantity, ``cpu/usr`` is (a unit in
parentheses after the label says how the section counts, no part of its name). The padding
is what tells the block: a line whose colon closes its label right after the words
(``Validation: loss=0.3``) is left to the other rules, and so is a padded line alone.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# "  cpu          : " before the first pair: a label of one to three words, a unit in
# parentheses, then two or more spaces of padding before the colon.
_PADDED = LazyPattern(r"\s*([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,2})(?: \([^()]{1,16}\))? {2,}:\s+\Z")
_ALIGNED = LazyPattern(r"\s*[^\W\d][\w.() -]{0,40}? +:(?:\s|\Z)")


def _aligned(other: str | None, colon: int) -> bool:
    """`other` is a padded label line whose colon is at `colon` too."""
    return other is not None and other[colon:colon + 1] == ":" and other[colon - 1:colon] == " " and (
        _ALIGNED.match(other[:colon + 2]) is not None)


def padded_label(line: str, first: int, before, after) -> str | None:
    """The label of `line` (its first pair at `first`) when it is padded to a colon that a line
    right above or right after (`before(1)`, `after()`) also has in that column; else None."""
    if line[first - 3:first - 1] != " :" and line[first - 2:first] != ": ":
        return None
    own = _PADDED.match(line, 0, first)
    if own is None:
        return None
    colon = line.rfind(":", 0, first)
    if any(_aligned(other, colon) for other in before(1)) or _aligned(after(), colon):
        return own.group(1)
    return None
