"""SPREAD_HEADING (rules): a block of ``name| value`` rows under a line that only names a
spread (``standard deviations``, ``Standard errors:``, ``uncertainties``) holds the spreads of
the quantities it names: each is ``<heading>/<name>``.

A fitting library prints its estimates, then their spreads one a line under a heading of their
own (astropy's ``print(fitter.stds)`` after a fit)::

    standard deviations
    amplitude| 0.045        <- standard deviations/amplitude = 0.045
    mean     | 0.013

Read bare, each spread would join its estimate's series as a second value of it. The heading
is found by looking up past lines of one pair each (a name, a separator, a number), no further
than a block's reach. The table reader asks for it for a two-cell row it reads as a vertical
block (``tables``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_REACH = 24  # lines of a block looked back over for its heading
_HEADING = LazyPattern(
    r"((?:standard|std\.?)[ _](?:deviations?|devs?|errors?)|std(?:ev)?s|uncertaint(?:y|ies))"
    r"[ \t]*:?[ \t]*\Z", re.IGNORECASE)
# a line of the block: a name, a separator (a bar, a colon, an equals sign or a gap), a number
_BLOCK_LINE = LazyPattern(r"[ \t]*[^\W\d][\w.()\[\]-]*[ \t]*(?:[|:=][ \t]*|[ \t]{2,})"
                          r"[-+]?(?:\d|\.\d)[\w.+-]*[ \t]*\Z")


def spread_heading(line: str, before: Callable[[int], Sequence[str]]) -> str | None:
    """The heading naming spreads (SPREAD_HEADING) over the block of ``name  value`` lines
    `line` is in, else None."""
    if _BLOCK_LINE.match(line) is None:
        return None
    for text in reversed(before(_REACH)):
        heading = _HEADING.match(text)
        if heading is not None:
            return heading.group(1)
        if _BLOCK_LINE.match(text) is None:
            return None
    return None


def spread_cells(cells: list[str], line: str, before: Callable[[int], Sequence[str]]) -> list[str]:
    """A two-cell row's `cells` (``amplitude| 0.045``), its name as ``<heading>/<name>`` when
    the row is in a block under a heading naming spreads (SPREAD_HEADING)."""
    heading = spread_heading(line, before) if len(cells) == 2 else None
    return cells if heading is None else [f"{heading}/{cells[0].strip()}", cells[1]]

