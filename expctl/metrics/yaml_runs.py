"""The YAML-like run of ``key: value`` lines around a line (CONFIG_BLOCK in `expctl.metrics.rules`).

A config dump is told by its run: the contiguous lines around a ``key: value`` line that all
read as ``key: value`` or ``key:`` (`printed_config.read_yaml_line`). The run is read forward
only up to the first line that ends it, so a line whose next line ends its run is decided by
that line alone, as soon as it is printed (HOLD_UNDECIDED: no more is waited for).
"""

from __future__ import annotations

from collections.abc import Iterable

from .printed_config import YamlLine, read_yaml_line


def block_around(before: list[str], line: str, after: Iterable[str]) -> list[YamlLine] | None:
    """The YAML-like run of lines holding `line` (contiguous lines around it that all read as
    ``key: value`` or ``key:``), in printed order; None when `line` is no such line. A key of
    several words belongs to a run only as a section or indented under one (NESTED_WORDS:
    pygmo's ``Extra info:`` over ``\tStopping xtol: 1e-06``); else it is a sentence's label."""
    lines = [*before, line]
    entries: list[YamlLine | None] = []
    at = len(before)
    sections: list[int] = []  # indents of the open sections
    for text in lines:
        entries.append(_run_entry(read_yaml_line(text, words=True), sections))
    if entries[at] is None:
        return None
    for text in after:  # the lines after it, read up to the first that ends the run
        entries.append(_run_entry(read_yaml_line(text, words=True), sections))
        lines.append(text)
        if entries[-1] is None or text.rstrip()[-1:] == "{":
            break
    start = end = at  # BRACED_SECTION: "name {" opens a run of its own
    while start > 0 and entries[start - 1] is not None and lines[start].rstrip()[-1:] != "{":
        start -= 1
    while end + 1 < len(entries) and entries[end + 1] is not None and (
            lines[end + 1].rstrip()[-1:] != "{"):
        end += 1
    return [entry for entry in entries[start:end + 1] if entry is not None]


def _run_entry(entry: YamlLine | None, sections: list[int]) -> YamlLine | None:
    """`entry` as a line of a run, None when it is none (its `sections`, the indents of the
    sections open above it, updated)."""
    if entry is None:
        sections.clear()
        return None
    while sections and sections[-1] >= entry.indent:
        sections.pop()
    if " " in entry.key and not sections and entry.value is not None:
        return None  # a key of several words, under no section: no line of a run
    if entry.value is None:
        sections.append(entry.indent)
    return entry
