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

_LOOK = 60  # lines of the tree looked back through
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
