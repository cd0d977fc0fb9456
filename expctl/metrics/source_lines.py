"""SOURCE_LINE (rules): a profiler's line for one line of code, the location first.

A profiler attributes what it measured to places in the program and prints one line per place,
the place (a file and a line number) first and its figures after it as pairs::

    workload.py:6: size=1743 KiB, count=29639, average=60 B
    workload.py:12: size=835 KiB, count=15568, average=55 B

The location is the thing each line measures, as a model's name is in a comparison: every pair
is ``<file>:<line>/<key>`` (``workload.py:6/size``), so two places never share a series and a
place printed again (a second snapshot) continues its own. A value may carry a unit of bytes
after it (``1743 KiB``), which says how it is counted: the number is read as printed. A size
under a location is memory the program holds there, measured (as ``memory`` is), no setting;
a count stays a count (NOT_METRIC_WORDS). Only a line that is the location and pairs, nothing
else, is read so (a compiler's ``work.c:12: warning: ...`` is prose).
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER

# "workload.py:6: " or "src/app/main.go:42: ": a file name with an extension and a line number.
_LOCATION = LazyPattern(r"\s*((?:[\w.-]+/){0,8}[\w-][\w.-]*\.[^\W\d_]\w{0,5}:\d{1,7}):\s+(?=[^\W\d])")
_FIELD = LazyPattern(rf"([^\W\d]\w{{0,31}})=({NUMBER})(?: ?[KMGTP]?i?B)?(?:,\s+|\s*\Z)")
# A size under a location: "<file>:<line>/size" (is_setup_name asks).
_OWNED_SIZE = LazyPattern(r"[\w./-]+\.[^\W\d_]\w{0,5}:\d{1,7}/size\Z")


def source_pairs(line: str) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The pairs of a profiler's line ``<file>:<line>: key=value, ...`` (two or more, nothing
    else on the line), each named ``<file>:<line>/<key>``, and where each starts; else None."""
    colon = line.find(":")
    located = _LOCATION.match(line) if colon > 0 and line[colon + 1:colon + 2].isdigit() else None
    if located is None:
        return None
    place, at, pairs, spans = located.group(1), located.end(), [], []
    while at < len(line):
        field = _FIELD.match(line, at)
        if field is None:
            return None
        pairs.append((f"{place}/{field.group(1)}", field.group(2)))
        spans.append(at)
        at = field.end()
    return (pairs, spans) if len(pairs) >= 2 else None


def is_owned_size(name: str) -> bool:
    """A size a profiler measured at a line of code (``workload.py:6/size``): memory held there."""
    return name[-5:] == "/size" and _OWNED_SIZE.match(name) is not None
