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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .headed import HEADING
from .steps import STEP_RANK

_LOOK = 16  # lines of the block looked back at for its heading
# Words a fit's report heads its estimates with too: those headings say nothing for certain.
_ESTIMATE_WORDS = frozenset(("parameters", "parameter", "params"))


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


def _names_settings(text: str) -> bool:
    """True for a heading line (``settings:``) whose words name configuration, no estimate."""
    heading = HEADING.match(text)
    if heading is None or rules.heading_kind(heading.group(1)) != "config":
        return False
    return not _ESTIMATE_WORDS.intersection(heading.group(1).lower().split())
