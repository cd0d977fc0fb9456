"""AMOUNT_SUM (rules): a labelled line of amounts, each before its name, summed in parentheses.

A benchmark that times one case a line prints its label, then each time it measured as a
number and the name of that time, and often how the times add up, the parts joined by ``+``
and their total after ``=``; then how fast the case ran, after ``@``::

    rev_sort: 0.816 wallclock secs ( 0.60 usr +  0.00 sys =  0.60 CPU) @ 3838.33/s (n=2303)

Each amount is ``<label>/<name>`` (``rev_sort/usr``); the rate after ``@`` is
``<label>/rate``; an aside closing the line (``(n=2303)``, how many times the case ran) is
bookkeeping and gives nothing. The shape is told by its arithmetic: two amounts or more, and
a sum (``+`` and ``=`` between amounts) or a rate after ``@``; anything else between the
amounts but spaces and parentheses, and the line is none (``Total: 5 files, 3 dirs`` has no
sum; ``free``'s ``Mem: 7982 1234`` names no amount).
"""

from __future__ import annotations

from .grammar import NUMBER
from ..lazyre import LazyPattern

_LINE = LazyPattern(r"[ \t]*([^\W\d][^\s:]{0,63}(?: [^\s:]{1,32}){0,3}):[ \t]+(\S.*?)[ \t]*\Z")
_AMOUNT = LazyPattern(rf"({NUMBER})[ \t]+([^\W\d]\w*(?: [^\W\d]\w*)?)(?=[ \t)+=]|\Z)")
_RATE = LazyPattern(rf"[ \t]@[ \t]*({NUMBER})/[^\W\d]\w{{0,5}}(?=[ \t]|\Z)")
_ASIDE = LazyPattern(r"[ \t]*\([ \t]*[^\W\d]\w*[ \t]*=[ \t]*\d+[ \t]*\)\Z")  # "(n=2303)"
_JOINS = frozenset(" \t()+=")
MAX_SUM_LINE = 400


def read_amount_sum(line: str) -> list[tuple[str, str]] | None:
    """The ``(<label>/<name>, number text)`` pairs of an AMOUNT_SUM line, or None."""
    if len(line) > MAX_SUM_LINE or "(" not in line:
        return None
    match = _LINE.match(line)
    if match is None:
        return None
    label, body = match.group(1), match.group(2)
    rate = _RATE.search(body)
    if rate is not None:
        if not _ASIDE.match(body, rate.end()) and body[rate.end():].strip():
            return None  # something else after the rate
        body = body[:rate.start()]
    pairs, rest, at = [], [], 0
    for amount in _AMOUNT.finditer(body):
        rest.append(body[at:amount.start()])
        pairs.append((f"{label}/{amount.group(2)}", amount.group(1)))
        at = amount.end()
    rest.append(body[at:])
    between = "".join(rest)
    if len(pairs) < 2 or not set(between) <= _JOINS:
        return None
    if not ("+" in between and "=" in between) and rate is None:
        return None
    return pairs + ([(f"{label}/rate", rate.group(1))] if rate is not None else [])
