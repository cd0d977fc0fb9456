"""CHAPTERS (`expctl.metrics.rules`): titles over runs of dashes that name the columns under them.

A logbook with chapters (DEAP's ``MultiStatistics``) prints a line of titles above its header,
each over a rule of dashes as wide as the columns it heads::

           \t      \t          fitness           \t            size
           \t      \t----------------------------\t----------------------------
    gen    \tnevals\tavg  \tgen\tmax\tnevals\tstd  \tavg  \tgen\tmax\tnevals\tstd

Each column under a title is ``<title>/<column>`` (``fitness/avg``); positions are those of
the text with its tabs expanded, as a terminal shows it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from . import rules
from ..lazyre import LazyPattern

_DASHES = LazyPattern(r"[\s-]*\Z")  # a rule line of dashes and spaces only
_RULE_RUN = LazyPattern(r"-{2,}")  # one run of the rule, under one title
_CELL = LazyPattern(r"\S+(?: \S+)*")  # a title or a name: words one space apart


def _spans(line: str) -> list[tuple[int, int]]:
    return [match.span() for match in _CELL.finditer(line)]


def chaptered(names: list[str], header: str, rule: str, above: str,
              is_name: Callable[[str], bool]) -> list[str]:
    """CHAPTERS (rules): `names` of an aligned `header`, each under a chapter of the line
    `above` named ``<chapter>/<name>``, when `rule` draws one run of dashes under each chapter
    (``   fitness   `` over ``-----------``) and each run spans whole columns of the header."""
    if "-" not in rule or not _DASHES.match(rule) or not above.strip():
        return names
    runs = [match.span() for match in _RULE_RUN.finditer(rule.expandtabs())]
    titles = _spans(above.expandtabs())
    if len(runs) != len(titles) or not all(
            left <= start and end <= right for (start, end), (left, right) in zip(titles, runs)):
        return names
    text = above.expandtabs()
    columns = _spans(header.expandtabs())
    if len(columns) != len(names):
        return names
    named = []
    for name, (start, end) in zip(names, columns):
        over = [text[left:right].strip() for (left, right) in titles
                if any(a <= start and end <= b for a, b in runs if a <= left and right <= b)]
        named.append(f"{over[0]}/{name.strip()}" if len(over) == 1 else name)
    if named == names or not all(is_name(text[a:b]) for a, b in titles):
        return names
    return named


@functools.lru_cache(maxsize=4096)
def is_setup_column(name: str) -> bool:
    """`rules.is_setup_name` of a table column's own name, past its chapter or group: the
    mean of a chapter ``size`` (``size/avg``) is a measurement, not a size."""
    return rules.is_setup_name(name.rsplit("/", 1)[-1])
