"""R_STRING_PAIR (rules): R's print of one string that is a name and a number joined.

An R program that builds its message with ``paste0`` and prints it with ``print`` (not ``cat``)
shows the string quoted after the vector's index::

    [1] "objective:-357.991977373806"        <- objective = -357.991977373806
    [1] "rmse = 0.4127"                      <- rmse = 0.4127

The index and the quotes are R's; the string is the message. One that is only a name (a word, or
up to four one space apart) and a number, joined by a colon or an equals sign with or without
spaces, is that pair, the colon glued as ``paste0`` glues it. The number shows a point or an
exponent: a measured value (a whole number glued so is a port, a count or a clock:
``"host:8080"``). A string holding anything more (a sentence, two pairs, a path) is left to the
other rules; the pair's name is judged as any pair's (NOT_METRIC_WORDS).
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_LEAD = '[1] "'
_STRING = LazyPattern(r'\[1\] "([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,3}) ?[:=] ?'
                      r'([-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?\d+[eE][-+]?\d+)"[ \t]*\Z')


def r_string_pair(line: str) -> list[tuple[str, str]]:
    """R_STRING_PAIR: ``[(name, number)]`` for a line that is R's print of a string of a name
    and a number (``[1] "objective:-357.99"``), else []."""
    line = line.lstrip(" \t")  # a whole block set in (a log's indent) sets the index in too
    if not line.startswith(_LEAD):
        return []
    match = _STRING.match(line)
    return [(match.group(1), match.group(2))] if match is not None else []
