"""EXPRESSION_VALUE (rules): a number that opens an arithmetic expression is no pair's value.

A script or a statistics tool echoes the formula it evaluates (gretl's ``? series y = 1 + 2*x1 -
0.5*x2 + normal()``, a simulation's ``z = 0.5 * w``): the number after ``=`` is a term of the
expression, not a value of ``y``. A value followed by an operator (``+ - * / ^``, set apart by
spaces) and a term that is a variable, a product or a call (``2*x1``, ``w``, ``normal()``),
not a name opening another pair (Keras's ``loss: 0.3 - acc: 0.9``), is such a term; after
`` - ``, which separates fields too, only a product or a call is.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# After a value: an operator, then a term that is no pair's name (no ":" or "=" after it); after
# " - ", a field separator too ("loss: 0.3 - done"), only a product or a call.
_TERM = LazyPattern(r"[ \t]+(?:[+*/^][ \t]+(?:\d+(?:\.\d+)?\*)?[^\W\d]\w*(?:\(|\*|[ \t]+[-+*/^][ \t]|[ \t]*\Z)"
                    r"|-[ \t]+(?:\d+(?:\.\d+)?\*[^\W\d]|[^\W\d]\w*[(*]))")


def in_expression(line: str, value_end: int) -> bool:
    """True when the value ending at `value_end` in `line` opens an arithmetic expression."""
    return _TERM.match(line, value_end) is not None
