"""A value printed with its confidence interval in brackets: INTERVAL_FIELDS (rules).

A statistical benchmark reports each estimate as its lower bound, the estimate and its upper
bound, units and all, under the case it measured::

    sum/1000                time:   [733.04 ns 1.0049 µs 1.2589 µs]   <- sum/1000/time, x3
                            thrpt:  [794.37 Melem/s 995.09 Melem/s 1.3642 Gelem/s]
                     change:
                            time:   [+63.674% +134.72% +226.94%] (p = 0.00 < 0.05)

A field is a name, a colon and three amounts in brackets, each a number with ``%`` or a unit
(the unit dropped: a value is in the unit printed). The three are the field's values (the
bounds and the estimate are all results of the run, as a spread's ends are). The field is
named under the case it measures: the label the line opens with, set off from the field by a
column gap; a field set in under a labelled line belongs to that line's label, and a name alone
with its colon (``change:``) between them heads the fields set in deeper than it
(``sum/1000/change/time``). A test's ``(p = ...)`` after the brackets is the field's ``p``. A
bracketed run of bare numbers is a list (a vector's print), no interval, and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_AMOUNT = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_UNIT = r"(?:%| ?[^\W\d_]{1,8}(?:/[^\W\d_]{1,4})?)"
_FIELD = LazyPattern(
    rf"(?:([^\W\d]\S*(?: \S+){{0,3}}?)[ \t]{{2,}})?([^\W\d][\w./-]{{0,31}}):[ \t]+"
    rf"\[[ \t]*({_AMOUNT}){_UNIT}[ \t]+({_AMOUNT}){_UNIT}[ \t]+({_AMOUNT}){_UNIT}[ \t]*\]"
    rf"(?:[ \t]+\([ \t]*p[ \t]*=[ \t]*({_AMOUNT})[^()]{{0,24}}\))?[ \t]*\Z")
_HEADING = LazyPattern(r"([^\W\d][\w./-]{0,31}):[ \t]*\Z")
_LOOK_BACK = 8  # a case's fields are printed together


def is_interval(line: str) -> bool:
    """True when `line` is an interval field, which its reader here reads (not the pairs')."""
    return ":" in line and _FIELD.match(line.lstrip()) is not None


def read_interval(line: str, before: Callable[[int], Sequence[str]]) -> list[tuple[str, str]] | None:
    """The ``(name, number text)`` pairs of an interval field (its three values, its ``p``),
    named under its case, or None when `line` is no such field."""
    stripped = line.lstrip()
    field = _FIELD.match(stripped)
    if field is None or (field.group(1) is not None and stripped is not line):
        return None  # a label opens the line, never an indented one
    label, name = field.group(1), field.group(2)
    if label is None and stripped is not line:
        label = _case_above(len(line) - len(stripped), before)
    full = name if label is None else f"{label}/{name}"
    pairs = [(full, field.group(k)) for k in (3, 4, 5)]
    return pairs + [(f"{full}/p", field.group(6))] if field.group(6) is not None else pairs


def _case_above(indent: int, before: Callable[[int], Sequence[str]]) -> str | None:
    """The case a field set in by `indent` belongs to: the label of the nearest line above set
    in less (a flush-left field's), with the headings (``change:``) between, or None."""
    headings: list[str] = []
    for above in reversed(before(_LOOK_BACK)):
        stripped = above.lstrip()
        depth = len(above) - len(stripped)
        if not stripped or depth >= indent:
            if not stripped:
                return None  # a line of spaces (a redraw cleared) ends the block
            continue
        if depth and (heading := _HEADING.match(stripped)) is not None:
            headings.append(heading.group(1))
            indent = depth
            continue
        field = _FIELD.match(stripped) if depth == 0 else None
        if field is None or field.group(1) is None:
            return None
        return "/".join([field.group(1), *reversed(headings)])
    return None
