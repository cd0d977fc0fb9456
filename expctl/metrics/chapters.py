"""CHAPTERS (`expctl.metrics.rules`): titles over runs of dashes that name the columns under them.

A logbook with chapters (DEAP's ``MultiStatistics``) prints a line of titles above its header,
each over a rule of dashes as wide as the columns it heads::

           \t      \t          fitness           \t            size
           \t      \t----------------------------\t----------------------------
    gen    \tnevals\tavg  \tgen\tmax\tnevals\tstd  \tavg  \tgen\tmax\tnevals\tstd

Each column under a title is ``<title>/<column>`` (``fitness/avg``); positions are those of
the text with its tabs expanded, as a terminal shows it. Bars may separate the titles, and a
run may have no title (gplearn)::

        |   Population Average    |             Best Individual              |
    ---- ------------------------- ------------------------------------------ ----------
     Gen   Length          Fitness   Length          Fitness      OOB Fitness  Time Left

gives ``Gen``, ``Population Average/Fitness``, ``Best Individual/OOB Fitness``, ``Time Left``.
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
    text = above.expandtabs()
    titles = _titles(text, runs)
    if titles is None:
        return names
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


def _titles(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The spans of the chapter titles in `text`, each inside a run of its own, or None.

    Bars between the runs separate the titles (``|  Population Average  |  Best Individual
    |``, gplearn's groups) and are no title; a run without a title (``Gen`` and ``Time Left``
    under no group) heads columns that keep their own names."""
    if any(left <= at < right for at, char in enumerate(text) if char == "|"
           for left, right in runs):
        return None  # a bar over a run is part of a drawing, not a separator of titles
    titles = _spans(text.replace("|", " "))
    homes = [[i for i, (left, right) in enumerate(runs) if left <= start and end <= right]
             for start, end in titles]
    if not titles or any(len(home) != 1 for home in homes):
        return None
    if len({home[0] for home in homes}) != len(titles):
        return None  # two titles over one run
    return titles


@functools.lru_cache(maxsize=4096)
def is_setup_column(name: str) -> bool:
    """`rules.is_setup_name` of a table column's own name, past its chapter or group: the
    mean of a chapter ``size`` (``size/avg``) is a measurement, not a size."""
    return rules.is_setup_name(name.rsplit("/", 1)[-1])


def is_setup_in_row(name: str, pairs) -> bool:
    """`is_setup_column` of `name` among the names of its row's `pairs` (`rules.is_setup_among`,
    STATISTIC_PEERS: ``max.k.`` beside ``mean.k.`` is measured); asked only of a setup name."""
    return rules.is_setup_among(name.rsplit("/", 1)[-1], tuple(other.rsplit("/", 1)[-1] for other, _ in pairs))
