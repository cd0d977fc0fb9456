"""SECTION_AGAIN: a held key of a nested section printed again, in the same section, with
another value: its first value was the first point of a series.

A report printed once per case (an R test object's ``show``: a title, ``Test Results:``, its
``PARAMETER:`` and ``STATISTIC:`` sections) opens the output: its ``key: value`` lines come
before any training output, so they are held as configuration (CONFIG_BLOCK), and the first
output after them makes them params. When the same key comes again later under the same
sections, a value that changed says the report is printed per case: the first printing was
its first point, not a setting; a key whose value stays (``Lag Order: 2``) keeps its first
printing a param (its later printings are read as they were before this rule). A key of a flat block printed again is SETTINGS_AGAIN's, not this rule's: only
a key nested in sections (a dotted path) is taken back.
"""

from __future__ import annotations

from . import printed_config

Held = dict[str, tuple[str, str]]  # a held key's name -> (its param's dotted name, its value)


def remember(held: Held, entries) -> None:
    """Keep `entries` ``(param, name, value)`` released as params whose param is the name
    under a section path (``Test Results.STATISTIC.Dickey-Fuller``); the first kept wins."""
    for param, name, value in entries:
        if param != name and param.endswith("." + name):
            held.setdefault(name, (param, value))


def taken_back(held: Held, before: list[str], line: str, name: str, value: str) -> str | None:
    """The first value of `name` when `line` (`before`: the lines above it) prints it again
    under the sections it was held under, with another value (the entry is then forgotten);
    None otherwise (a value that stays leaves the first printing a param)."""
    param, first = held.get(name, ("", ""))
    if not param or first.strip() == value.strip():
        return None
    if printed_config.section_path(before, line) + name != param:
        return None
    del held[name]
    return first
