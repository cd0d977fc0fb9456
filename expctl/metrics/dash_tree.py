"""TREE_SETTINGS: a printed tree of ``- name:`` headings and ``- key: value`` items, indented
one level a step, with ruled lines between its parts (an engine describing its set-up and its
results in one dump): the items of a branch under a heading that names settings (``- Params:``,
``- Options:``), at any depth below it, are configuration, not results.

The walk goes up from the item past its siblings, their sub-items and ruled lines, to each
heading indented less than the last: the item's ancestors. A blank line or a line of other text
ends the tree."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from expctl.lazyre import LazyPattern
from expctl.metrics import rules
from expctl.metrics.steps import STEP_RANK

_LOOK = 128  # lines of the tree looked back through
_ITEM = LazyPattern(r"( +)- [^\s:][^:]*: *\S")
_HEADING = LazyPattern(r"( *)(?:- )?([^\s:-][^:]*?):\s*$")
_TREE_LINE = LazyPattern(r"( *)- ")
_RULE_CHARS = frozenset("-=+*.~_\"'#")


def under_tree_settings(before: Callable[[int], Sequence[str]], line: str,
                        pairs: Sequence[tuple[str, str]]) -> bool:
    """True when `line`, an indented ``- key: value`` item of `pairs`, hangs under a heading
    naming settings in a dash tree, and none of its pairs names a result or a step."""
    item = _ITEM.match(line)
    if item is None:
        return False
    if any(rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs):
        return False
    indent = len(item.group(1))
    for text in reversed(before(_LOOK)):
        stripped = text.strip()
        if not stripped:
            return False
        if len(stripped) >= 3 and set(stripped) <= _RULE_CHARS:
            continue  # a ruled line between the tree's parts
        width = len(text) - len(text.lstrip(" "))
        heading = _HEADING.match(text)
        if heading is not None and width < indent:
            if rules.heading_kind(heading.group(2)) == "config":
                return True
            if width == 0:
                return False  # the tree's root
            indent = width
        elif _TREE_LINE.match(text) is None or width < indent:
            return False  # other text: no tree above
    return False


# TREE_PATH (rules): a tree's result item is named by its path from the outermost part that
# holds settings of its own (a part: a heading one of whose children names settings, ``- dd:``
# over ``- Params:`` and ``- Analysis:``), leaving out the headings of a part's sections (its
# children: ``Analysis``, ``Analyzers``) and the tree's containers above the outermost part.
_SETTINGS_KEY = LazyPattern(r" *- ([^\s:][^:]*?):(?:\s*|\s+None\s*)$")


def tree_name(before: Callable[[int], Sequence[str]], line: str, key: str) -> str | None:
    """`key`'s name by its path in a dash tree (TREE_PATH), or None when `line` is no item of
    such a tree or no part above it holds settings."""
    item = _ITEM.match(line)
    if item is None:
        return None
    indent, pending = len(item.group(1)), False
    path: list[tuple[str, bool]] = []  # (heading, is a part), the nearest first
    for text in reversed(before(_LOOK)):
        stripped = text.strip()
        if not stripped or (len(stripped) >= 3 and set(stripped) <= _RULE_CHARS):
            if stripped:
                continue
            break
        width = len(text) - len(text.lstrip(" "))
        heading = _HEADING.match(text)
        if width == indent and (named := _SETTINGS_KEY.match(text)) and rules.heading_kind(
                named.group(1)) == "config":
            pending = True  # a sibling naming settings: the parent is a part
        elif heading is not None and width < indent:
            path.append((heading.group(2), pending))
            indent, pending = width, False
            if width == 0:
                break
        elif _TREE_LINE.match(text) is None or width < indent:
            break
    return _path_name(path, key)


def _path_name(path: list[tuple[str, bool]], key: str) -> str | None:
    """The name TREE_PATH gives `key` under `path` (its headings, the nearest first)."""
    parts = [at for at, (_, is_part) in enumerate(path) if is_part]
    if not parts:
        return None
    kept = [name for at, (name, _) in enumerate(path[:parts[-1] + 1])
            if not (at + 1 < len(path) and path[at + 1][1])]
    return "/".join(list(reversed(kept)) + [key])
