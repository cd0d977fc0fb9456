"""PAREN_QUALIFIED (rules): a label closed by its settings in parentheses and a colon.

A program names what it measured and, in parentheses right after the name, under which
setting it measured it::

    trustworthiness (k=5): 0.9881        <- one value, named "trustworthiness (k=5)"
    ETS forecast accuracy (h = 24):      <- a heading: h = 24 is a setting of what follows

The pairs inside the parentheses say which of the quantity, as a name's words do, or how the
section under the heading was computed: never results of their own. A label of words only (no
``=``, colon or bracket of its own) before the parentheses, and nothing but one value, or
nothing, after the colon."""

from __future__ import annotations

from .grammar import NUMBER
from ..lazyre import LazyPattern

_LABEL = r"\s*([^\W\d][^=():\[\]{}]*?\s?\([^()=]*=[^()]*\))"
_VALUE = LazyPattern(rf"{_LABEL}\s*:\s+({NUMBER})\s*%?\s*\Z")
_HEADING = LazyPattern(rf"{_LABEL}\s*:\s*\Z")


def paren_qualified(line: str) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The one pair (and where it starts) of a line ``<label> (<settings>): <value>``, named by
    the label with its settings; ``([], [])`` for such a heading with no value (its settings
    are the section's); None for any other line."""
    if (value := _VALUE.match(line)) is not None:
        return [(value.group(1), value.group(2))], [value.start(1)]
    return ([], []) if _HEADING.match(line) else None
