"""HEADED_SETTINGS (rules): lines of several pairs indented under a heading of settings.

A solver or a tool prints the settings it runs with as a block under a flush-left heading,
several ``key = value`` pairs to a line, some lines led by a label of their own::

    settings:
      max iter = 200, time limit = Inf,  max step = 0.990
      static reg : on, eps1 = 1.0e-8, eps2 = 4.9e-32
      iter refine: on, reltol = 1.0e-13, abstol = 1.0e-12,
                   max iter = 10, stop ratio = 5.0

Each pair of such a line is a setting, as a lone ``key: value`` line under the heading is
(HEADED_BLOCK): the heading names configuration (``settings``, ``options``, ``config``;
not ``parameters``, which a fit's report heads its estimates with), the block runs from it
down to the line without a blank line or a line flush left between, and no pair of the line
names a result or a step (``loss = 0.5`` under ``Options:`` is still reported).

UNDERLINED_SETTINGS: a title underlined by a rule as long as it heads the lines under the rule,
at its own indent, down to a blank line::

    Solver parameters
    -----------------
    ftol = 1e-08 xtol = 1e-08 btol = 0.001

Its pairs are settings when the title names configuration; an underlined title is a section's,
never a fit's estimates' heading, so ``parameters`` names settings there too, when a word before
it says whose (``Algorithm parameters``, ``Control parameters``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .headed import HEADING
from .steps import STEP_RANK
from ..lazyre import LazyPattern

_LOOK = 16  # lines of the block looked back at for its heading
# Words a fit's report heads its estimates with too: those headings say nothing for certain.
_ESTIMATE_WORDS = frozenset(("parameters", "parameter", "params"))
_TITLE = LazyPattern(r"([ \t]*)([^\W\d][\w ]{2,40}?)[ \t]*\Z")  # UNDERLINED_SETTINGS: words alone
_UNDERLINE = LazyPattern(r"([ \t]*)(-{3,}|={3,})[ \t]*\Z")


def under_settings_heading(before: Callable[[int], Sequence[str]], line: str,
                           pairs: Sequence[tuple[str, str]]) -> bool:
    """HEADED_SETTINGS: True when indented `line`, of `pairs`, is in a block of indented lines
    right under a flush-left heading naming settings, none of its pairs naming a result or a
    step."""
    if line[:1] not in " \t":
        return False
    above = before(_LOOK)
    for text in reversed(above):
        if not text.strip():
            return False  # a blank line ends the block: no heading of its own
        if text[:1] not in " \t":
            return _names_settings(text) and not any(
                rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs)
    return False


def _names_settings(text: str, qualified: bool = False) -> bool:
    """True for a heading line (``settings:``) whose words name configuration, no estimate;
    `qualified`: ``parameters`` after a word of whose names configuration too."""
    heading = HEADING.match(text)
    if heading is None or rules.heading_kind(heading.group(1)) != "config":
        return False
    words = heading.group(1).lower().split()
    return not _ESTIMATE_WORDS.intersection(words) or qualified and len(words) == 2 and words[1] in _ESTIMATE_WORDS


def under_settings_title(before: Callable[[int], Sequence[str]], pairs: Sequence[tuple[str, str]]) -> bool:
    """UNDERLINED_SETTINGS: True when the line of `pairs` is in the block under an underlined
    title naming configuration (no blank line between), none of its pairs naming a result or
    a step."""
    above = before(_LOOK)
    for at in range(len(above) - 1, 0, -1):
        text = above[at]
        if not text.strip():
            return False
        rule = _UNDERLINE.match(text) if text.lstrip()[:1] in "-=" else None
        if rule is None:
            continue
        title = _TITLE.match(above[at - 1])
        return title is not None and title.group(1) == rule.group(1) and (
            len(title.group(2)) == len(rule.group(2))) and _names_settings(f"{title.group(2)}:", qualified=True) and not any(
                rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs)
    return False
