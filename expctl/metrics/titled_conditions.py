"""TITLED_CONDITIONS (rules): a title whose conditions close its line, its value on the next.

A report names what it computed, sets in parentheses after the name the conditions it was
computed under, and prints the value itself alone on the line under them::

    B-Basis:   ( p = 0.9 , conf = 0.95 )     <- the title and its conditions: params
    128.0317                                 <- the title's value: B-Basis = 128.0317

The pairs in the parentheses are the inputs of the computation (a coverage, a confidence
level, a horizon), the same for every value the program prints so: settings, recorded as params
named by the title (``B-Basis.conf``). The number alone under the line is what the title names;
no rule reads a lone number by itself, having no name. Without such a number under it, the line
is read as before (a label's grouped results, GROUPED_PAIRS, stay results)."""

from __future__ import annotations

from collections.abc import Sequence

from expctl.lazyre import LazyPattern

from .grammar import NUMBER

# One to four words, a letter first, a colon, then only a parenthesis holding "name = value" pairs.
_TITLE = LazyPattern(r"([^\W\d][\w.'+-]*(?: [^\W\d][\w.'+-]*){0,3}):\s*\(\s*([^()]*?)\s*\)\s*\Z")
_PAIR = LazyPattern(rf"\s*([^\W\d][\w.]*(?: [^\W\d][\w.]*){{0,2}})\s*=\s*({NUMBER})\s*\Z")
_LONE = LazyPattern(rf"\s*({NUMBER})\s*\Z")


def may_be_titled(line: str) -> bool:
    """The cheap precheck: a colon and ``=`` before a closing parenthesis at the line's end."""
    return line.rstrip()[-1:] == ")" and "=" in line and ":" in line


def titled_conditions(line: str, after: Sequence[str]):
    """``(value pair, params)`` for a title closed by its conditions in parentheses whose next
    line (the first of `after`) is one number alone, else None."""
    title = _TITLE.match(line)
    if title is None:
        return None
    pairs = [_PAIR.match(piece) for piece in title.group(2).split(",")]
    if not all(pairs) or not after or (lone := _LONE.match(after[0])) is None:
        return None
    name = title.group(1)
    params = [(f"{name}.{pair.group(1)}", pair.group(2)) for pair in pairs if pair is not None]
    return (name, lone.group(1)), params
