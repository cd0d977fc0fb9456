"""Named vectors of settings under a heading naming them: SETTINGS_VECTOR (rules).

R prints a list of control settings as named vectors, names over values, each name
right-aligned over its value, in a block set in under a heading::

    Algorithmic parameters:
           tuning.chi                bb        tuning.psi        refine.tol
            1.548e+00         5.000e-01         4.685e+00         1.000e-07     <- settings
         nResample         max.it       best.r.s
               500             50              2

A line of values, set in, right under a line of names whose right edges are the values' (as
NAMED_VECTOR reads one), in a run of set-in lines under a flush-left heading closed by a colon
that names settings (CONFIG_MARKERS' words: ``parameters``, ``settings``, ``options``,
``control``) is printed configuration: each value a param named by the words over it. A
heading that says the values were found, not given (``Estimated parameters:``, ``Final
parameters:``: a result word, or ``fitted``, ``optimal``, ``best``), names results: left to
the other readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from ..lazyre import LazyPattern

_TOKEN = LazyPattern(r"\S+")
_VALUE = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_NAME = LazyPattern(r"[^\W\d][\w.]*\Z")
_HEADING = LazyPattern(r"[^\W\d][\w .-]{0,48}:\s*\Z")  # "Algorithmic parameters:"
_CONTROL_WORDS = frozenset(("control", "controls", "tuning"))
_FOUND_WORDS = frozenset(("fitted", "estimated", "optimal", "optimised", "optimized", "best",
                          "learned", "learnt"))
_LOOK_BACK = 32  # set-in lines looked back over for the heading


def read_settings_vector(line: str, before: Callable[[int], Sequence[str]]
                         ) -> list[tuple[str, str]] | None:
    """The ``(name, value)`` settings of such a line of values, else None."""
    if not line[:1].isspace():
        return None
    above = before(1)
    if not above or not above[-1][:1].isspace():
        return None
    header = above[-1].rstrip()
    if len(header) != len(line.rstrip()) or not _NAME.match(header.lstrip()[:1]):
        return None  # first the cheap tests: a header as wide as the line, opening with a name
    values = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    if not values or not all(_VALUE.match(value) for value, _ in values):
        return None
    pairs, start = [], 0
    for value, end in values:
        name = header[start:end].strip()
        if header[end:end + 1].strip() or not _NAME.match(name):
            return None  # a name cut inside, or no name over the value
        pairs.append((name, value))
        start = end
    return pairs if _under_settings(before(_LOOK_BACK)) else None


def _under_settings(lines: Sequence[str]) -> bool:
    """True when the run of set-in lines ending `lines` hangs under a heading naming settings."""
    for text in reversed(lines):
        if not text.strip():
            return False
        if not text[:1].isspace():
            if _HEADING.match(text) is None:
                return False
            words = {word.lower() for word in _TOKEN.findall(text.replace(":", " "))}
            return (rules.heading_kind(text) == "config" or bool(words & _CONTROL_WORDS)) and not (
                words & (rules.RESULT_HEADING_WORDS | _FOUND_WORDS))
    return False
